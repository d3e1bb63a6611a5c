package org.hyperlora.runner;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.hyperlora.cluster.ClusterMember;
import org.hyperlora.cluster.ClusterOptions;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workbench's cluster (Window > Preferences > HyperLoRA > Cluster): the cluster's name, the members to join, where
 * this process listens, and the file that holds the shared secret (the secret itself is never stored in the
 * preferences). Trainings and workflows launched with "Run on cluster" join it for their time, as the command line's
 * {@code --cluster NAME --secret-file FILE --members LIST [--bind HOST:PORT]} does.
 *
 * @param bind empty: the loopback at a free port (this machine only)
 */
public record ClusterSettings(String name, String members, String bind, String secretFile) {

    /** The preference node (instance scope). */
    public static final String NODE = "org.hyperlora.cluster";
    private static final String NAME = "name";
    private static final String MEMBERS = "members";
    private static final String BIND = "bind";
    private static final String SECRET_FILE = "secretFile";
    /** Where the user sets them, for messages. */
    public static final String WHERE = "Window > Preferences > HyperLoRA > Cluster";

    public ClusterSettings {
        name = name == null ? "" : name.trim();
        members = members == null ? "" : members.trim();
        bind = bind == null ? "" : bind.trim();
        secretFile = secretFile == null ? "" : secretFile.trim();
    }

    /** The settings as stored (empty strings where nothing is set). */
    public static ClusterSettings load() {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        return new ClusterSettings(node.get(NAME, ""), node.get(MEMBERS, ""), node.get(BIND, ""),
                node.get(SECRET_FILE, ""));
    }

    /** Stores the settings. */
    public void save() throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);
        node.put(NAME, name);
        node.put(MEMBERS, members);
        node.put(BIND, bind);
        node.put(SECRET_FILE, secretFile);
        node.flush();
    }

    /**
     * The options these settings give, checked: a name, a secret file, addresses that parse (the secret file is read
     * when a member starts).
     *
     * @throws IllegalArgumentException naming the setting that is wrong and where it is set
     */
    public ClusterOptions options() {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("no cluster is set up (" + WHERE + ")");
        }
        try {
            return ClusterOptions.of(name, secretFile, bind.isEmpty() ? ClusterOptions.freeLoopbackAddress() : bind,
                    members.isEmpty() ? null : members);
        } catch (IllegalArgumentException e) {
            // the messages name the command line's options: say which setting it is
            throw new IllegalArgumentException(e.getMessage().replace("--cluster", "the cluster name")
                    .replace("--secret-file FILE", "the secret file").replace("--members entry", "the member")
                    .replace("--bind", "this process's address") + " (" + WHERE + ")", e);
        }
    }

    /**
     * The stored settings for a launch of {@code configuration} with "Run on cluster", checked now so that a bad
     * setting is said before the job starts.
     *
     * @throws IllegalArgumentException naming the configuration and the setting that is wrong
     */
    public static ClusterSettings forLaunch(String configuration) {
        ClusterSettings settings = load();
        try {
            settings.options();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Launch configuration '" + configuration + "' runs on the cluster, but "
                    + e.getMessage(), e);
        }
        return settings;
    }

    /** For people: {@code cluster 'lab' (members 10.0.0.2, 10.0.0.3)}, or that none is set up. */
    public String describe() {
        return name.isEmpty() ? "no cluster is set up (" + WHERE + ")"
                : "cluster '" + name + "'" + (members.isEmpty() ? " (no members listed)" : " (members " + members + ")");
    }

    /**
     * Starts this process as a member and joins the listed members (a few seconds; up to 15 s when refused).
     *
     * @throws IllegalArgumentException when a setting is wrong or the secret file is missing or too short
     * @throws IllegalStateException    when the member cannot start, or the listed members refused it (saying why)
     */
    public ClusterMember join() {
        ClusterMember member = ClusterMember.start(options());
        var refusal = member.refusal();
        if (refusal.isPresent()) {
            member.close();
            throw new IllegalStateException("refused: " + refusal.get());
        }
        return member;
    }
}
