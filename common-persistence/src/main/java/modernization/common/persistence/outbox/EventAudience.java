package modernization.common.persistence.outbox;

import java.util.List;
import java.util.Set;

/**
 * Who may read the resource an event is about, as the service that owns it decides (ARCHITECTURE.md's
 * matrix); webhook-service delivers the event only to subscriptions whose owner may. UNDP staff and
 * advisers read everything; partner apps what {@code partners} says; ministry users everything when
 * {@code ministryUsers}, otherwise only when their ministry is one of {@code ministries}.
 */
public record EventAudience(boolean partners, boolean ministryUsers, List<String> ministries) {

    public EventAudience {
        ministries = ministries == null ? List.of() : Set.copyOf(ministries).stream().sorted().toList();
    }

    /** The published catalog, a framework, a published roadmap: every role reads it. */
    public static EventAudience everyone() {
        return new EventAudience(true, true, List.of());
    }

    /** An assessment, or an activity of a draft roadmap (no ministry): editors, and these ministries' users. */
    public static EventAudience ministries(List<String> codes) {
        return new EventAudience(false, false, codes);
    }
}
