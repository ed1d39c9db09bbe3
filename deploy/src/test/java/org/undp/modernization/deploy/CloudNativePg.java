package org.undp.modernization.deploy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The CloudNativePG custom resources the manifests use, checked field by field. fabric8 has no
 * model of them, so this holds the part of CloudNativePG's {@code postgresql.cnpg.io/v1} API and of
 * its Barman Cloud plugin's {@code barmancloud.cnpg.io/v1} the platform may use (names from their API
 * references, for operator 1.26 and later, plugin 0.5 and later): a field outside it
 * is misspelt, misplaced, or new here and must be added deliberately. {@code *} stands for any key
 * of a free map, {@code []} for the items of a list.
 */
final class CloudNativePg {

    static final String API_VERSION = "postgresql.cnpg.io/v1";

    /** The Barman Cloud plugin's object store, where backups and WAL go (CloudNativePG 1.26 and later). */
    static final String BARMAN_CLOUD_API_VERSION = "barmancloud.cnpg.io/v1";

    private static final List<String> METADATA = List.of(
            "apiVersion", "kind", "metadata.name", "metadata.namespace", "metadata.labels.*", "metadata.annotations.*");

    private static final List<String> SECRET_KEY = List.of("name", "key");

    private static final List<String> OBJECT_STORE = Stream.of(
            List.of("destinationPath", "endpointURL", "serverName", "endpointCA.name", "endpointCA.key",
                    "s3Credentials.inheritFromIAMRole", "googleCredentials.gkeEnvironment",
                    "azureCredentials.inheritFromAzureAD",
                    "wal.compression", "wal.encryption", "wal.maxParallel",
                    "data.compression", "data.encryption", "data.jobs", "data.immediateCheckpoint",
                    "tags.*", "historyTags.*"),
            under("s3Credentials.accessKeyId", SECRET_KEY), under("s3Credentials.secretAccessKey", SECRET_KEY),
            under("s3Credentials.region", SECRET_KEY), under("s3Credentials.sessionToken", SECRET_KEY),
            under("googleCredentials.applicationCredentials", SECRET_KEY),
            under("azureCredentials.connectionString", SECRET_KEY), under("azureCredentials.storageAccount", SECRET_KEY),
            under("azureCredentials.storageKey", SECRET_KEY), under("azureCredentials.storageSasToken", SECRET_KEY))
            .flatMap(List::stream).toList();

    private static final Map<String, Set<String>> FIELDS = Map.of(
            API_VERSION + "/Cluster", fields(
                    List.of("spec.description", "spec.instances", "spec.imageName", "spec.imagePullPolicy",
                            "spec.primaryUpdateStrategy", "spec.primaryUpdateMethod", "spec.enableSuperuserAccess",
                            "spec.startDelay", "spec.stopDelay", "spec.switchoverDelay", "spec.failoverDelay",
                            "spec.minSyncReplicas", "spec.maxSyncReplicas", "spec.logLevel", "spec.priorityClassName",
                            "spec.storage.size", "spec.storage.storageClass", "spec.storage.resizeInUseVolumes",
                            "spec.walStorage.size", "spec.walStorage.storageClass",
                            "spec.postgresql.parameters.*", "spec.postgresql.pg_hba[]",
                            "spec.postgresql.synchronous.method", "spec.postgresql.synchronous.number",
                            "spec.postgresql.synchronous.dataDurability",
                            "spec.bootstrap.initdb.database", "spec.bootstrap.initdb.owner", "spec.bootstrap.initdb.secret.name",
                            "spec.bootstrap.initdb.encoding", "spec.bootstrap.initdb.localeCollate",
                            "spec.bootstrap.initdb.localeCType", "spec.bootstrap.initdb.dataChecksums",
                            "spec.bootstrap.initdb.postInitSQL[]", "spec.bootstrap.initdb.postInitApplicationSQL[]",
                            "spec.bootstrap.recovery.source", "spec.bootstrap.recovery.database",
                            "spec.bootstrap.recovery.owner", "spec.bootstrap.recovery.secret.name",
                            "spec.bootstrap.recovery.backup.name",
                            "spec.bootstrap.recovery.recoveryTarget.targetTime", "spec.bootstrap.recovery.recoveryTarget.targetLSN",
                            "spec.bootstrap.recovery.recoveryTarget.targetXID", "spec.bootstrap.recovery.recoveryTarget.targetName",
                            "spec.bootstrap.recovery.recoveryTarget.targetImmediate",
                            "spec.bootstrap.recovery.recoveryTarget.exclusive", "spec.bootstrap.recovery.recoveryTarget.backupID",
                            "spec.externalClusters[].name", "spec.externalClusters[].connectionParameters.*",
                            "spec.externalClusters[].plugin.name", "spec.externalClusters[].plugin.parameters.*",
                            "spec.plugins[].name", "spec.plugins[].enabled", "spec.plugins[].isWALArchiver",
                            "spec.plugins[].parameters.*",
                            "spec.managed.roles[].name", "spec.managed.roles[].ensure", "spec.managed.roles[].comment",
                            "spec.managed.roles[].login", "spec.managed.roles[].superuser", "spec.managed.roles[].createdb",
                            "spec.managed.roles[].createrole", "spec.managed.roles[].inherit",
                            "spec.managed.roles[].replication", "spec.managed.roles[].bypassrls",
                            "spec.managed.roles[].connectionLimit", "spec.managed.roles[].validUntil",
                            "spec.managed.roles[].inRoles[]", "spec.managed.roles[].passwordSecret.name",
                            "spec.managed.roles[].disablePassword",
                            "spec.backup.retentionPolicy", "spec.backup.target",
                            "spec.resources.requests.*", "spec.resources.limits.*",
                            "spec.affinity.enablePodAntiAffinity", "spec.affinity.topologyKey",
                            "spec.affinity.podAntiAffinityType", "spec.affinity.nodeSelector.*",
                            "spec.monitoring.enablePodMonitor",
                            "spec.inheritedMetadata.labels.*", "spec.inheritedMetadata.annotations.*"),
                    under("spec.backup.barmanObjectStore", OBJECT_STORE),
                    under("spec.externalClusters[].barmanObjectStore", OBJECT_STORE)),
            API_VERSION + "/Database", fields(List.of("spec.name", "spec.owner", "spec.cluster.name", "spec.ensure",
                    "spec.databaseReclaimPolicy", "spec.encoding", "spec.locale", "spec.template",
                    "spec.connectionLimit", "spec.allowConnections", "spec.isTemplate", "spec.tablespace",
                    "spec.extensions[].name", "spec.extensions[].ensure", "spec.extensions[].version",
                    "spec.extensions[].schema", "spec.schemas[].name", "spec.schemas[].owner", "spec.schemas[].ensure")),
            API_VERSION + "/ScheduledBackup", fields(List.of("spec.schedule", "spec.cluster.name",
                    "spec.backupOwnerReference", "spec.immediate", "spec.suspend", "spec.method", "spec.target",
                    "spec.online", "spec.pluginConfiguration.name", "spec.pluginConfiguration.parameters.*")),
            API_VERSION + "/Backup", fields(List.of("spec.cluster.name", "spec.method", "spec.target", "spec.online",
                    "spec.pluginConfiguration.name", "spec.pluginConfiguration.parameters.*")),
            BARMAN_CLOUD_API_VERSION + "/ObjectStore", fields(List.of("spec.retentionPolicy",
                    "spec.instanceSidecarConfiguration.retentionPolicyIntervalSeconds",
                    "spec.instanceSidecarConfiguration.resources.requests.*",
                    "spec.instanceSidecarConfiguration.resources.limits.*"),
                    under("spec.configuration", OBJECT_STORE)));

    private CloudNativePg() {
    }

    /** The fields of a CloudNativePG object outside its API; an object of any other kind is itself the problem. */
    static List<String> unknownFields(JsonNode object) {
        String type = StrictKubernetesModel.typeOf(object);
        String name = type + " " + object.path("metadata").path("name").asText();
        Set<String> allowed = FIELDS.get(type);
        if (allowed == null) {
            return List.of(name + ": not a kind these manifests may use");
        }
        List<String> unknown = new ArrayList<>();
        walk(object, "", allowed, unknown);
        return unknown.stream().map(field -> name + ": unknown field " + field).toList();
    }

    private static void walk(JsonNode node, String path, Set<String> allowed, List<String> unknown) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                String wildcard = path.isEmpty() ? "*" : path + ".*";
                if (allowed.contains(wildcard) && !field.getValue().isContainerNode()) {
                    continue;
                }
                if (allowed.stream().noneMatch(a -> a.equals(child) || a.startsWith(child + ".") || a.startsWith(child + "["))) {
                    unknown.add(child);
                    continue;
                }
                walk(field.getValue(), child, allowed, unknown);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                walk(item, path + "[]", allowed, unknown);
            }
        } else if (!allowed.contains(path)) {
            unknown.add(path + " (a value where the API has an object or list)");
        }
    }

    private static Set<String> fields(List<String> spec, List<?>... more) {
        return Stream.concat(Stream.concat(METADATA.stream(), spec.stream()),
                        Stream.of(more).flatMap(List::stream).map(String.class::cast))
                .collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> under(String prefix, List<String> fields) {
        return fields.stream().map(f -> prefix + "." + f).toList();
    }
}
