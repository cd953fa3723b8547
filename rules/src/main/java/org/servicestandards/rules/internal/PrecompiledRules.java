package org.servicestandards.rules.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.servicestandards.rules.RuleSet;

/**
 * The default rule base compiled at build time, so that starting an evaluator does not compile DRL:
 * reading it back takes a fraction of compiling it (docs/benchmarks.md, cold start). The build runs
 * {@link #main} after compiling the classes; it writes the packages Drools compiled from the default
 * DRL, with Drools' own serialization (generated classes included), under a fingerprint of the DRL
 * texts and the Drools version. {@link #load} returns them only when the fingerprint matches the
 * sources at hand, so a changed DRL file or another Drools version is never served stale: it is
 * compiled, as without this file. Rule authors' DRL is always compiled at run time.
 */
public final class PrecompiledRules {
    /** Where the build puts the precompiled default rule base, on the classpath. */
    static final String RESOURCE = "org/servicestandards/rules/default-rules.kbase";

    private PrecompiledRules() {}

    /**
     * The precompiled rule base of exactly these sources, or {@code null} when there is none for them
     * (not built, other DRL, another Drools version, unreadable): then compile them.
     */
    static KieBase load(List<DrlSource> sources) {
        ClassLoader loader = PrecompiledRules.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                return null;
            }
            InputStream in = new BufferedInputStream(raw);
            String fingerprint = new DataInputStream(in).readUTF();
            if (!fingerprint.equals(fingerprint(sources))) {
                return null;
            }
            Collection<KiePackage> packages;
            try (ObjectInputStream objects = new DroolsObjectInputStream(in, loader)) {
                @SuppressWarnings("unchecked")
                Collection<KiePackage> read = (Collection<KiePackage>) objects.readObject();
                packages = read;
            }
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // compiling is always possible and gives the same rule base
        }
    }

    /** Compiles {@code sources} and writes them to {@code out} under their fingerprint. */
    static void write(List<DrlSource> sources, OutputStream out) throws IOException {
        KieBase base = RuleBaseCompiler.compile(sources);
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(fingerprint(sources));
        data.flush();
        try (ObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(base.getKiePackages()));
        }
    }

    /** SHA-256 of the sources' paths and texts, and the Drools version. */
    static String fingerprint(List<DrlSource> sources) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(droolsVersion().getBytes(StandardCharsets.UTF_8));
            for (DrlSource s : sources) {
                sha.update((byte) 0);
                sha.update(s.path().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(s.text().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String droolsVersion() {
        try (InputStream in = KieBase.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-core/pom.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Writes the precompiled default rule base under {@code args[0]} (the build's classes directory).
     *
     * @throws IOException when it cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        List<DrlSource> sources = RuleIndex.of(RuleSet.defaults()).sources();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(sources, out);
        }
        System.out.println("precompiled the default rule base (" + sources.size() + " files) into " + file);
    }
}
