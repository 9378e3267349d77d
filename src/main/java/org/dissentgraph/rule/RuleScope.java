package org.dissentgraph.rule;

import java.util.List;
import java.util.Map;

/**
 * Whom the procedural rules protect and whose plenum decides, as the parameters of
 * {@code cypher/queries/rule-cases.cypher}: point 7 of "On Party Unity" protects members and
 * candidates of the Central Committee and members of the Control Commission, and names a plenum of
 * the Central Committee (joint with the Control Commission) as the deciding body.
 */
public final class RuleScope {

    /** Organs whose members and candidates the rules protect. */
    public static final List<String> PROTECTED_ORGANS = List.of("central-committee", "central-control-commission");

    /** The organ whose plenum decides. */
    public static final String PLENUM_ORGAN = "central-committee";

    private RuleScope() {}

    /** The parameters of {@code rule-cases.cypher}. */
    public static Map<String, Object> parameters() {
        return Map.of("protectedOrgans", PROTECTED_ORGANS, "plenumOrgan", PLENUM_ORGAN);
    }
}
