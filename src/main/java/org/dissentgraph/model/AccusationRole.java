package org.dissentgraph.model;

import java.util.Arrays;
import java.util.List;

/**
 * What an accuser did: the {@code role} column of accusations.csv and of an {@code :ACCUSED}
 * relationship. The one list; the OpenAPI annotations repeat it as constants (an annotation
 * cannot call {@link #names()}), and {@code AccusationRoleTest} holds them to it.
 */
public enum AccusationRole {
    /** moved or proposed the penalty */
    MOVED,
    /** gave the report or the indictment speech for it */
    REPORTED,
    /** voted for it */
    VOTED_FOR,
    /** the state prosecutor */
    PROSECUTED,
    /** presiding judge or member of the court */
    JUDGED,
    /** NKVD investigator */
    INVESTIGATED,
    /** denounced in print, speech or letter */
    DENOUNCED,
    /** signed a list sanctioning sentences */
    SIGNED_LIST;

    /** The names, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
