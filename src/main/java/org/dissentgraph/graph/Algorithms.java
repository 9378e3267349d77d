package org.dissentgraph.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The in-service graph algorithms, used where the database has no Graph Data Science: over a
 * network held as arrays, each one calling {@link Deadline#check()} often, so that a request whose
 * time is up stops computing at once instead of keeping a core busy after its answer (a 503).
 *
 * <p>They compute what the GDS procedures compute, so both agree on the same network:
 *
 * <ul>
 *   <li>{@link #degree}: relationships at a node, both directions, each one counted (GDS degree,
 *       orientation UNDIRECTED);</li>
 *   <li>{@link #betweenness}: Brandes over the directed simple graph (one edge per ordered pair,
 *       no self-loops), unnormalised; from every node, or from a seeded sample of nodes scaled by
 *       nodes/sample (GDS betweenness, samplingSize);</li>
 *   <li>{@link #pageRank}: {@code (1 - d) + d * sum(in-neighbour score / out-degree)}, d = 0.85,
 *       not normalised to sum 1, dangling nodes not redistributed (GDS pageRank);</li>
 *   <li>{@link #louvain}: Louvain modularity optimisation over the undirected multigraph.</li>
 * </ul>
 */
final class Algorithms {

    static final double DAMPING = 0.85;
    static final int PAGE_RANK_ITERATIONS = 100;
    static final double PAGE_RANK_TOLERANCE = 1e-7;

    /** Throws when the request's time is up (or its thread was interrupted). */
    interface Deadline {
        void check();
    }

    /** A directed multigraph: nodes 0..n-1 and one (source, target) per relationship. */
    record Net(int nodes, int[] sources, int[] targets) {
        int edges() {
            return sources.length;
        }
    }

    private Algorithms() {}

    static double[] degree(Net net, Deadline deadline) {
        double[] degree = new double[net.nodes()];
        for (int e = 0; e < net.edges(); e++) {
            if ((e & 0xFFFF) == 0) {
                deadline.check();
            }
            degree[net.sources()[e]]++;
            degree[net.targets()[e]]++;
        }
        return degree;
    }

    /**
     * Brandes' betweenness from {@code sample} source nodes (all of them when {@code sample} is at
     * least the number of nodes), scaled by nodes/sample when sampled.
     */
    static double[] betweenness(Net net, int sample, long seed, Deadline deadline) {
        int n = net.nodes();
        int[][] out = simpleOut(net, deadline);
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            sources[i] = i;
        }
        int k = Math.min(sample, n);
        if (k < n) {
            Random random = new Random(seed);
            for (int i = 0; i < k; i++) { // partial Fisher-Yates: the first k are the sample
                int j = i + random.nextInt(n - i);
                int t = sources[i];
                sources[i] = sources[j];
                sources[j] = t;
            }
        }
        double[] score = new double[n];
        int[] distance = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] stack = new int[n];
        int[][] predecessors = new int[n][];
        int[] predecessorCount = new int[n];
        int[] queue = new int[n];
        long steps = 0;
        for (int si = 0; si < k; si++) {
            deadline.check();
            int s = sources[si];
            Arrays.fill(distance, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            Arrays.fill(predecessorCount, 0);
            distance[s] = 0;
            sigma[s] = 1;
            int head = 0;
            int tail = 0;
            int top = 0;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : out[v]) {
                    if ((++steps & 0xFFFF) == 0) {
                        deadline.check();
                    }
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                        if (predecessors[w] == null) {
                            predecessors[w] = new int[4];
                        } else if (predecessorCount[w] == predecessors[w].length) {
                            predecessors[w] = Arrays.copyOf(predecessors[w], predecessorCount[w] * 2);
                        }
                        predecessors[w][predecessorCount[w]++] = v;
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int p = 0; p < predecessorCount[w]; p++) {
                    int v = predecessors[w][p];
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    score[w] += delta[w];
                }
            }
        }
        if (k < n && k > 0) {
            double scale = (double) n / k;
            for (int i = 0; i < n; i++) {
                score[i] *= scale;
            }
        }
        return score;
    }

    static double[] pageRank(Net net, Deadline deadline) {
        int n = net.nodes();
        int[] outDegree = new int[n];
        for (int e = 0; e < net.edges(); e++) {
            outDegree[net.sources()[e]]++;
        }
        double[] score = new double[n];
        Arrays.fill(score, 1 - DAMPING);
        double[] next = new double[n];
        for (int iteration = 0; iteration < PAGE_RANK_ITERATIONS; iteration++) {
            deadline.check();
            Arrays.fill(next, 0);
            for (int e = 0; e < net.edges(); e++) {
                if ((e & 0xFFFF) == 0) {
                    deadline.check();
                }
                int s = net.sources()[e];
                next[net.targets()[e]] += score[s] / outDegree[s];
            }
            boolean converged = true;
            for (int v = 0; v < n; v++) {
                next[v] = (1 - DAMPING) + DAMPING * next[v];
                if (Math.abs(next[v] - score[v]) >= PAGE_RANK_TOLERANCE) {
                    converged = false;
                }
            }
            double[] t = score;
            score = next;
            next = t;
            if (converged) {
                break;
            }
        }
        return score;
    }

    /** Louvain: the community of every node (0..count-1, in order of first node). */
    static int[] louvain(Net net, Deadline deadline) {
        int n = net.nodes();
        // level graph: undirected weighted adjacency, self-loops as loop weight
        List<Map<Integer, Double>> adjacency = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacency.add(new HashMap<>());
        }
        for (int e = 0; e < net.edges(); e++) {
            if ((e & 0xFFF) == 0) {
                deadline.check();
            }
            int a = net.sources()[e];
            int b = net.targets()[e];
            adjacency.get(a).merge(b, 1.0, Double::sum);
            adjacency.get(b).merge(a, 1.0, Double::sum);
        }
        int[] membership = new int[n];
        for (int i = 0; i < n; i++) {
            membership[i] = i;
        }
        for (int level = 0; level < 20; level++) {
            deadline.check();
            int size = adjacency.size();
            double[] nodeWeight = new double[size];
            double total = 0;
            for (int v = 0; v < size; v++) {
                for (double w : adjacency.get(v).values()) {
                    nodeWeight[v] += w;
                }
                total += nodeWeight[v];
            }
            if (total == 0) {
                break;
            }
            int[] community = new int[size];
            double[] communityWeight = new double[size];
            for (int v = 0; v < size; v++) {
                community[v] = v;
                communityWeight[v] = nodeWeight[v];
            }
            boolean movedAny = false;
            for (int pass = 0; pass < 50; pass++) {
                boolean moved = false;
                for (int v = 0; v < size; v++) {
                    deadline.check();
                    Map<Integer, Double> links = new HashMap<>();
                    for (Map.Entry<Integer, Double> edge : adjacency.get(v).entrySet()) {
                        if (edge.getKey() != v) {
                            links.merge(community[edge.getKey()], edge.getValue(), Double::sum);
                        }
                    }
                    int own = community[v];
                    communityWeight[own] -= nodeWeight[v];
                    int best = own;
                    double bestGain = links.getOrDefault(own, 0.0) - communityWeight[own] * nodeWeight[v] / total;
                    for (Map.Entry<Integer, Double> candidate : links.entrySet()) {
                        int c = candidate.getKey();
                        double gain = candidate.getValue() - communityWeight[c] * nodeWeight[v] / total;
                        if (gain > bestGain + 1e-12) {
                            best = c;
                            bestGain = gain;
                        }
                    }
                    community[v] = best;
                    communityWeight[best] += nodeWeight[v];
                    if (best != own) {
                        moved = true;
                        movedAny = true;
                    }
                }
                if (!moved) {
                    break;
                }
            }
            if (!movedAny) {
                break;
            }
            int[] renumber = new int[size];
            Arrays.fill(renumber, -1);
            int count = 0;
            for (int v = 0; v < size; v++) {
                if (renumber[community[v]] < 0) {
                    renumber[community[v]] = count++;
                }
            }
            for (int i = 0; i < n; i++) {
                membership[i] = renumber[community[membership[i]]];
            }
            List<Map<Integer, Double>> next = new java.util.ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                next.add(new HashMap<>());
            }
            for (int v = 0; v < size; v++) {
                Map<Integer, Double> row = next.get(renumber[community[v]]);
                for (Map.Entry<Integer, Double> edge : adjacency.get(v).entrySet()) {
                    row.merge(renumber[community[edge.getKey()]], edge.getValue(), Double::sum);
                }
            }
            adjacency = next;
        }
        return membership;
    }

    /** Newman's modularity of a partition of the undirected multigraph (self-loops counted once each way). */
    static double modularity(Net net, int[] community) {
        double m2 = 2.0 * net.edges();
        if (m2 == 0) {
            return 0;
        }
        Map<Integer, Double> inside = new HashMap<>();
        Map<Integer, Double> total = new HashMap<>();
        for (int e = 0; e < net.edges(); e++) {
            int a = net.sources()[e];
            int b = net.targets()[e];
            total.merge(community[a], 1.0, Double::sum);
            total.merge(community[b], 1.0, Double::sum);
            if (community[a] == community[b]) {
                inside.merge(community[a], 2.0, Double::sum);
            }
        }
        double q = 0;
        for (Map.Entry<Integer, Double> c : total.entrySet()) {
            double tot = c.getValue() / m2;
            q += inside.getOrDefault(c.getKey(), 0.0) / m2 - tot * tot;
        }
        return q;
    }

    /** Out-neighbours once per ordered pair, no self-loops. */
    private static int[][] simpleOut(Net net, Deadline deadline) {
        int n = net.nodes();
        int[] count = new int[n];
        for (int e = 0; e < net.edges(); e++) {
            count[net.sources()[e]]++;
        }
        int[][] out = new int[n][];
        for (int v = 0; v < n; v++) {
            out[v] = new int[count[v]];
        }
        Arrays.fill(count, 0);
        for (int e = 0; e < net.edges(); e++) {
            if ((e & 0xFFFF) == 0) {
                deadline.check();
            }
            int s = net.sources()[e];
            out[s][count[s]++] = net.targets()[e];
        }
        for (int v = 0; v < n; v++) {
            int[] row = out[v];
            Arrays.sort(row);
            int w = 0;
            for (int i = 0; i < row.length; i++) {
                if (row[i] != v && (w == 0 || row[w - 1] != row[i])) {
                    row[w++] = row[i];
                }
            }
            out[v] = Arrays.copyOf(row, w);
        }
        return out;
    }
}
