package org.whichtherapist;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

/**
 * The shape docs/architecture.md's "How it fits together" draws: each layer uses only the layers before it,
 * JBake is reached only through render.jbake, no two packages need each other, and no method
 * takes more than five parameters (what a stage needs travels in one BuildContext).
 */
@AnalyzeClasses(packages = "org.whichtherapist", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** In the order a build runs them; each may use only those before it. */
    static final List<String> LAYERS = List.of("core", "ledger", "settings", "source", "schema", "health", "photos", "content",
            "markdown", "render.diagrams",
            "render.pictures", "render", "render.jbake",
            "check", "publish", "pipeline", "preview");

    @ArchTest
    static final ArchRule layersPointOneWay = layers();

    @ArchTest
    static final ArchRule onlyRenderJbakeUsesJBake = noClasses()
            .that().resideOutsideOfPackage("org.whichtherapist.render.jbake")
            .should().dependOnClassesThat().resideInAPackage("org.jbake..")
            .because("JBake sits behind one adapter, render.jbake");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.whichtherapist.(*)..").should().beFreeOfCycles();

    /**
     * A site being built may share files with the last output through hard links (pipeline.StagedOutput),
     * so its files are written afresh through core.SiteFiles, never into. Only the keepers of caches
     * (each writes a new file and moves it in) and the writer of new Markdown files write otherwise.
     */
    @ArchTest
    static final ArchRule siteFilesAreWrittenAfresh = noClasses()
            .that().doNotHaveFullyQualifiedName("org.whichtherapist.core.SiteFiles")
            .and().doNotHaveFullyQualifiedName("org.whichtherapist.ledger.KeptFolder")
            .and().doNotHaveFullyQualifiedName("org.whichtherapist.content.PageScaffold")
            .should().callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.<JavaClass>owner(
                    JavaClass.Predicates.type(java.nio.file.Files.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameMatching(
                            "write|writeString|newBufferedWriter|newOutputStream|newByteChannel"))))
            .orShould().callConstructor(java.io.FileOutputStream.class, java.io.File.class)
            .orShould().callConstructor(java.io.FileOutputStream.class, String.class)
            .orShould().callConstructor(java.io.FileWriter.class, java.io.File.class)
            .because("a file of the site may be a link to the published site's: write it through SiteFiles");

    @ArchTest
    static final ArchRule noMethodTakesMoreThanFiveParameters = codeUnits()
            .that().areDeclaredInClassesThat().resideInAPackage("org.whichtherapist..")
            .should(takeAtMost(5));

    private static ArchRule layers() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("app").definedBy("org.whichtherapist");
        for (String layer : LAYERS) {
            architecture = architecture.layer(layer).definedBy("org.whichtherapist." + layer);
        }
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> later = new ArrayList<>(LAYERS.subList(i + 1, LAYERS.size()));
            later.add("app");
            architecture = architecture.whereLayer(LAYERS.get(i)).mayOnlyBeAccessedByLayers(later.toArray(String[]::new));
        }
        return architecture.whereLayer("app").mayNotBeAccessedByAnyLayer();
    }

    private static ArchCondition<JavaCodeUnit> takeAtMost(int most) {
        return new ArchCondition<>("take at most " + most + " parameters") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                int count = unit.getRawParameterTypes().size();
                if (unit.getOwner().isEnum() && unit.isConstructor()) {
                    count -= 2; // the name and position Java adds to every enum constant's constructor
                }
                if (count > most && !unit.getName().startsWith("lambda$")) {
                    events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes " + count + " parameters"));
                }
            }
        };
    }
}
