package org.dissentgraph.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EdtfTest {

    @Test
    void a_year_spans_the_whole_year() {
        Edtf year = Edtf.parse("1922");
        assertThat(year.earliest()).contains(LocalDate.of(1922, 1, 1));
        assertThat(year.latest()).contains(LocalDate.of(1922, 12, 31));
        assertThat(year.precision()).isEqualTo("year");
    }

    @Test
    void a_month_spans_its_days_including_a_leap_february() {
        Edtf month = Edtf.parse("1924-02");
        assertThat(month.earliest()).contains(LocalDate.of(1924, 2, 1));
        assertThat(month.latest()).contains(LocalDate.of(1924, 2, 29));
        assertThat(month.precision()).isEqualTo("month");
    }

    @Test
    void an_interval_runs_from_the_start_of_its_first_part_to_the_end_of_its_last() {
        Edtf congress = Edtf.parse("1921-03-08/1921-03-16");
        assertThat(congress.earliest()).contains(LocalDate.of(1921, 3, 8));
        assertThat(congress.latest()).contains(LocalDate.of(1921, 3, 16));
        assertThat(congress.isInterval()).isTrue();
        assertThat(Edtf.parse("1920/1921-03").latest()).contains(LocalDate.of(1921, 3, 31));
    }

    @Test
    void approximate_dates_widen_by_one_unit_and_say_so() {
        Edtf about = Edtf.parse("1922~");
        assertThat(about.earliest()).contains(LocalDate.of(1921, 1, 1));
        assertThat(about.latest()).contains(LocalDate.of(1923, 12, 31));
        assertThat(about.approximate()).isTrue();
        assertThat(Edtf.parse("1926-04~").earliest()).contains(LocalDate.of(1926, 3, 1));
        assertThat(Edtf.parse("1926-04~").latest()).contains(LocalDate.of(1926, 5, 31));
        assertThat(Edtf.parse("1929?").uncertain()).isTrue();
    }

    @Test
    void open_and_unknown_ends_leave_that_side_empty() {
        Edtf open = Edtf.parse("1923/..");
        assertThat(open.earliest()).contains(LocalDate.of(1923, 1, 1));
        assertThat(open.latest()).isEmpty();
        assertThat(Edtf.parse("/1927").earliest()).isEmpty();
    }

    @Test
    void an_unknown_end_and_an_open_end_are_read_alike_and_kept_as_written() {
        Edtf unknown = Edtf.parse("1923/");
        Edtf open = Edtf.parse("1923/..");
        assertThat(unknown.earliest()).isEqualTo(open.earliest()).contains(LocalDate.of(1923, 1, 1));
        assertThat(unknown.latest()).isEmpty();
        assertThat(open.latest()).isEmpty();
        assertThat(unknown.precision()).isEqualTo(open.precision()).isEqualTo("year");
        assertThat(unknown.text()).isEqualTo("1923/");
        assertThat(open.text()).isEqualTo("1923/..");
        assertThat(Edtf.parse("/1927").earliest())
                .isEqualTo(Edtf.parse("../1927").earliest())
                .isEmpty();
        assertThat(Edtf.parse("/1927").latest()).contains(LocalDate.of(1927, 12, 31));
    }

    @Test
    void unspecified_digits_cover_the_decade() {
        Edtf twenties = Edtf.parse("192X");
        assertThat(twenties.earliest()).contains(LocalDate.of(1920, 1, 1));
        assertThat(twenties.latest()).contains(LocalDate.of(1929, 12, 31));
    }

    @Test
    void impossible_dates_are_refused_with_the_reason() {
        assertThatThrownBy(() -> Edtf.parse("1922-13")).hasMessageContaining("month 13");
        assertThatThrownBy(() -> Edtf.parse("1923-02-29")).hasMessageContaining("has 28 days");
        assertThatThrownBy(() -> Edtf.parse("1927-11-14/1927-11-12")).hasMessageContaining("after it ends");
        assertThatThrownBy(() -> Edtf.parse("14 Nov 1927")).hasMessageContaining("not an EDTF date");
        assertThatThrownBy(() -> Edtf.parse("../..")).hasMessageContaining("neither a start nor an end");
    }
}
