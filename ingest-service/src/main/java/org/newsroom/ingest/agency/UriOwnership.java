package org.newsroom.ingest.agency;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which agency owns a story URI: the one with the longest owned prefix matching it ({@link Agency#ownedPrefixes()}).
 * An agency may create, update or kill only stories it owns; a URI no agency owns is refused too, so that no story can
 * be taken over by whoever sends it first. Thread-safe.
 */
@Component
public class UriOwnership {

    private final List<Map.Entry<String, Agency>> prefixes;

    UriOwnership(AgencyProperties properties) {
        this.prefixes = properties.agencies().stream()
                .map(AgencyProperties.AgencyEntry::agency)
                .flatMap(agency -> agency.ownedPrefixes().stream().map(prefix -> Map.entry(prefix, agency)))
                .sorted(Comparator.comparingInt((Map.Entry<String, Agency> e) -> e.getKey().length()).reversed())
                .toList();
    }

    /** The agency owning {@code uri}, if any. */
    public Optional<Agency> owner(String uri) {
        return prefixes.stream().filter(e -> uri.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * @param agency the sender
     * @param uri    the story URI it sends
     * @throws UriNotOwnedException when another agency, or no agency, owns {@code uri}
     */
    public void requireOwner(Agency agency, String uri) {
        Optional<Agency> owner = owner(uri);
        if (owner.isEmpty() || !owner.get().id().equals(agency.id())) {
            throw new UriNotOwnedException(uri, agency, owner.orElse(null));
        }
    }
}
