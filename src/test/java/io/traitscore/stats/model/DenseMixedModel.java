package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * The mixed model equations built the textbook way, as dense matrices from explicit Z, X and Λ, to check
 * the block elimination against. Columns follow the elimination's order: per candidate their
 * candidate:trait, candidate:interviewer and candidate effects, then the interviewers, then (with fixed
 * effects) the trait means.
 */
final class DenseMixedModel {

    final RealMatrix m;
    final RealVector rhs;
    final double yty;
    final List<String> columns = new ArrayList<>();
    private final CholeskyDecomposition cholesky;

    DenseMixedModel(RatingDesign d, List<ModelRating> ratings, double[] theta, boolean withFixed) {
        for (int j = 0; j < d.candidates(); j++) {
            CandidateBlock b = d.blocks[j];
            for (int t : b.traits) {
                columns.add("ct " + d.candidateIds[j] + ":" + d.traitKeys[t]);
            }
            for (int i : b.interviewers) {
                columns.add("ci " + d.candidateIds[j] + ":" + d.interviewerIds[i]);
            }
            columns.add("c " + d.candidateIds[j]);
        }
        for (long id : d.interviewerIds) {
            columns.add("i " + id);
        }
        int random = columns.size();
        if (withFixed) {
            for (String key : d.traitKeys) {
                columns.add("b " + key);
            }
        }
        int q = columns.size();
        double[] y = new double[ratings.size()];
        double[][] w = new double[ratings.size()][q];
        for (int r = 0; r < ratings.size(); r++) {
            ModelRating x = ratings.get(r);
            y[r] = x.score();
            set(w[r], "ct " + x.candidateId() + ":" + x.traitKey(), theta[1]);
            set(w[r], "ci " + x.candidateId() + ":" + x.interviewerId(), theta[3]);
            set(w[r], "c " + x.candidateId(), theta[0]);
            set(w[r], "i " + x.interviewerId(), theta[2]);
            if (withFixed) {
                set(w[r], "b " + x.traitKey(), 1);
            }
        }
        RealMatrix design = new Array2DRowRealMatrix(w);
        RealMatrix product = design.transpose().multiply(design);
        for (int k = 0; k < random; k++) {
            product.addToEntry(k, k, 1);
        }
        m = product;
        rhs = design.transpose().operate(new ArrayRealVector(y));
        double s = 0;
        for (double v : y) {
            s += v * v;
        }
        yty = s;
        cholesky = new CholeskyDecomposition(m, 1e-14, 1e-14);
    }

    private void set(double[] row, String column, double value) {
        row[columns.indexOf(column)] += value;
    }

    double logDeterminant() {
        return Math.log(cholesky.getDeterminant());
    }

    double penalizedRss() {
        return yty - rhs.dotProduct(solution());
    }

    RealVector solution() {
        return cholesky.getSolver().solve(rhs);
    }

    double quadratic(RealVector g) {
        return g.dotProduct(cholesky.getSolver().solve(g));
    }

    int column(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name);
        }
        return c;
    }
}
