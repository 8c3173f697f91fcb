package io.traitscore.export;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.ProfileService;
import io.traitscore.profile.RadarChartSvg;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PDF reports: a candidate's profile (radar chart, per-trait table, flags, evidence) and an
 * opening's comparison (ranking and heat map). Both are Qute templates rendered to XHTML, which is
 * escaped like any page, then printed by {@link PdfDocumentRenderer}. The HTML is also served as is,
 * for a preview and so that what goes into the PDF can be checked.
 */
@ApplicationScoped
public class PdfReports {

    public static final String PDF = "application/pdf";
    public static final String HTML = "text/html; charset=UTF-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance profile(CandidateProfile profile, String radar, Instant generatedAt);

        static native TemplateInstance comparison(CandidateComparison comparison, List<HeatMapChunk> chunks,
                Instant generatedAt);
    }

    private final ProfileService profiles;
    private final CandidateSummaries summaries;
    private final ExportAudit audit;
    private final PdfDocumentRenderer renderer;

    PdfReports(ProfileService profiles, CandidateSummaries summaries, ExportAudit audit, PdfDocumentRenderer renderer) {
        this.profiles = profiles;
        this.summaries = summaries;
        this.audit = audit;
        this.renderer = renderer;
    }

    /** The file is complete before it is audited: a report that fails to render is not on record as exported. */
    public Download profile(long candidateId, boolean pdf) {
        CandidateProfile profile = profiles.profile(candidateId);
        String file = ExportFileName.of(profile.candidate().name(), "profile", pdf ? "pdf" : "html");
        Download download = download(file, profileHtml(profile), pdf);
        audit.recordAbout(candidateId, file, pdf ? "profile PDF" : "profile HTML", "candidate " + candidateId,
                Map.of("candidate", candidateId));
        return download;
    }

    public Download comparison(ExportFilter filter, boolean pdf) {
        String subject = audit.subjectOf(filter);
        List<CandidateComparison> comparisons = summaries.comparisons(filter);
        CandidateComparison comparison = comparisons.isEmpty() ? noCandidates(filter.openingId()) : comparisons.get(0);
        String html = Templates.comparison(comparison, HeatMapChunk.of(comparison), Instant.now()).render();
        String file = ExportFileName.of(subject, "comparison", pdf ? "pdf" : "html");
        Download download = download(file, html, pdf);
        audit.record(file, pdf ? "comparison PDF" : "comparison HTML", filter);
        return download;
    }

    /** The opening's traits without candidates, when the filter selects none: the report then says so. */
    private CandidateComparison noCandidates(long openingId) {
        CandidateComparison all = profiles.comparison(openingId, Set.of(), "overall", "desc");
        return new CandidateComparison(all.opening(), all.sort(), all.order(), List.of(),
                all.matrix().stream().map(t -> new TraitRow(t.traitKey(), t.traitName(), t.weight(), t.mustHave(),
                        List.of())).toList(), List.of());
    }

    static String profileHtml(CandidateProfile profile) {
        String radar = RadarChartSvg.render(profile.traits().stream()
                .map(t -> new RadarChartSvg.Axis(t.traitName(), t.mean())).toList());
        return Templates.profile(profile, radar, Instant.now()).render();
    }

    private Download download(String file, String html, boolean pdf) {
        if (!pdf) {
            return new Download(file, HTML, out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] bytes = renderer.render(html);
        return new Download(file, PDF, out -> out.write(bytes));
    }
}
