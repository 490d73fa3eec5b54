package org.whichtherapist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/**
 * The enforcer rule in pom.xml really refuses a banned version: a throwaway project that depends on
 * commons-configuration2 2.7 is checked by the same {@code bannedDependencies} rule, copied from
 * pom.xml. Nothing is downloaded: the plugin comes from the local Maven repository (read as a
 * file:// repository into a scratch one) and 2.7 is a stand-in written by the test.
 */
class DependencyRulesTest {
    @Test
    void theBuildRefusesAVersionWithAKnownFlaw() throws Exception {
        String pom = Files.readString(TestSites.PROJECT.resolve("pom.xml"));
        String version = first(pom, "<enforcer.version>(.*?)</enforcer.version>");
        String rule = first(pom, "(<bannedDependencies>.*?</bannedDependencies>)");

        Path work = TestSites.scratch("enforcer");
        Path standIn = work.resolve("stand-in/org/apache/commons/commons-configuration2/2.7");
        Files.createDirectories(standIn);
        Files.writeString(standIn.resolve("commons-configuration2-2.7.pom"), """
                <project><modelVersion>4.0.0</modelVersion><groupId>org.apache.commons</groupId>
                <artifactId>commons-configuration2</artifactId><version>2.7</version></project>""");
        try (OutputStream jar = Files.newOutputStream(standIn.resolve("commons-configuration2-2.7.jar"));
             ZipOutputStream zip = new ZipOutputStream(jar)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("META-INF/"));
        }
        Files.writeString(work.resolve("settings.xml"), "<settings/>");
        Files.writeString(work.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
                  <groupId>test</groupId><artifactId>banned</artifactId><version>1</version><packaging>pom</packaging>
                  <repositories><repository><id>central</id><url>%s</url></repository></repositories>
                  <pluginRepositories><pluginRepository><id>central</id><url>%s</url></pluginRepository></pluginRepositories>
                  <dependencies><dependency><groupId>org.apache.commons</groupId>
                    <artifactId>commons-configuration2</artifactId><version>2.7</version></dependency></dependencies>
                  <build><plugins><plugin><groupId>org.apache.maven.plugins</groupId>
                    <artifactId>maven-enforcer-plugin</artifactId><version>%s</version>
                    <executions><execution><goals><goal>enforce</goal></goals>
                      <configuration><rules>%s</rules></configuration></execution></executions>
                  </plugin></plugins></build>
                </project>""".formatted(work.resolve("stand-in").toUri(), Maven.LOCAL_REPOSITORY.toUri(), version, rule));

        Process maven = new ProcessBuilder(Maven.command(), "-B", "-ntp", "-s", "settings.xml", "-gs", "settings.xml",
                "-Dmaven.repo.local=" + work.resolve("repository"), "validate")
                .directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(maven.waitFor(2, TimeUnit.MINUTES), "mvn did not finish");

        assertEquals(1, maven.exitValue(), output);
        assertTrue(output.contains("org.apache.commons:commons-configuration2:jar:2.7 <--- banned via the exclude/include list"),
                output);
        assertTrue(output.contains("A dependency version with a published vulnerability"), output);
    }

    private static String first(String text, String regex) {
        Matcher matcher = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertTrue(matcher.find(), regex + " not in pom.xml");
        return matcher.group(1);
    }
}
