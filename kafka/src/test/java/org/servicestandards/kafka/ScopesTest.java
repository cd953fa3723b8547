package org.servicestandards.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicestandards.config.Catalogue;

/** Which standard is evaluated in which bucket. */
class ScopesTest {

    @Test
    void theDefaults_putTheCustomerWideFollowUpsOnTheCustomer_andTheRestOnTheCase() {
        Scopes s = Scopes.DEFAULTS;
        assertThat(s.customer()).containsExactlyInAnyOrder("proactive.lapsed-customer", "followup.regular",
                "followup.new-customer", "followup.after-sale");
        assertThat(s.of("conduct.out-of-office")).isEqualTo(Scope.AGENT);
        assertThat(s.of("proactive.issue-cluster")).isEqualTo(Scope.PRODUCT);
        for (String id : new String[] {"followup.survey", "followup.complaint", "followup.irate",
                "followup.nothing-went-right", "followup.commitment", "proactive.commitment.at-risk", "resolution.case",
                "response.email", "complaint.escalate.overdue"}) {
            assertThat(s.of(id)).as(id).isEqualTo(Scope.CASE);
        }
        // every scope named is a standard of the catalogue
        Set<String> all = Catalogue.all().stream().map(d -> d.id()).collect(java.util.stream.Collectors.toSet());
        assertThat(all).containsAll(s.customer()).containsAll(s.agent()).containsAll(s.product());
    }

    @Test
    void aStandardGivenTwoScopes_isRefused() {
        assertThatThrownBy(() -> new Scopes(Set.of("followup.regular"), Set.of(), Set.of("followup.regular")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followup.regular is given two scopes");
    }

    @Test
    void theCommitmentAlert_mustBeEvaluatedWhereTheCommitmentIsJudged() {
        assertThatThrownBy(() -> new Scopes(Set.of("followup.commitment"), Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proactive.commitment.at-risk follows the findings of followup.commitment");
        assertThat(new Scopes(Set.of("followup.commitment", "proactive.commitment.at-risk"), Set.of(), Set.of())
                .of("proactive.commitment.at-risk")).isEqualTo(Scope.CUSTOMER);
    }
}
