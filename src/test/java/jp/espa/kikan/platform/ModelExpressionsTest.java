package jp.espa.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.FileCopyUtils;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Every {@code ${bean.method(...)}} of every model the engine may still run resolves to a public method of one of our
 * beans that takes those arguments: this release's models ({@code bpmn/}), the older versions kept as test fixtures
 * ({@code legacy/}), and the models the previous release deployed (read from its database,
 * {@code upgrade/previous-release.sql.gz}). Running instances of a deployed definition keep calling its expressions by
 * name, so a step moved or renamed must still answer under its old name; this fails before such an instance would.
 * The only expressions left out are those of steps a release removed: {@link RunningInstanceUpgrade#REPLACED} moves
 * the instances waiting there before they can call them.
 */
class ModelExpressionsTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("(?<![\\w.])(\\w+)\\.(\\w+)\\(([^()]*)\\)");
    /** What the engine itself names in an expression: not beans. */
    private static final List<String> ENGINE_NAMES = List.of("execution", "task");

    private static Map<String, Class<?>> beans;
    /** Model name (where it comes from) → its XML. */
    private static Map<String, Document> models;

    @BeforeAll
    static void readBeansAndModels() throws Exception {
        beans = beansOf("jp.espa.kikan");
        models = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                models.put(f.toString(), parse(Files.readAllBytes(f)));
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/legacy"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                models.put(f.toString(), parse(Files.readAllBytes(f)));
            }
        }
        previousReleaseModels().forEach((name, xml) -> models.put("previous release: " + name, parse(xml)));
    }

    @Test
    void everyDeployedModelsBeanCallResolvesToAPublicMethod() {
        List<String> unresolved = new ArrayList<>();
        int calls = 0;
        for (var model : models.entrySet()) {
            Map<String, String> removed = removedSteps(model.getValue());
            for (Located expression : expressions(model.getValue().getDocumentElement(), null)) {
                if (removed.containsKey(expression.activityId())) {
                    continue; // RunningInstanceUpgrade moves the instances waiting there to the step that replaced it
                }
                Matcher call = CALL.matcher(expression.text());
                while (call.find()) {
                    if (ENGINE_NAMES.contains(call.group(1))) {
                        continue;
                    }
                    calls++;
                    String problem = problem(call.group(1), call.group(2), call.group(3));
                    if (problem != null) {
                        unresolved.add(model.getKey() + " " + expression.activityId() + " ${" + expression.text() + "}: " + problem);
                    }
                }
            }
        }
        assertThat(unresolved).isEmpty();
        assertThat(calls).as("bean calls checked").isGreaterThan(300);
    }

    /** The fixtures this test rests on are there: the previous release's models and the screening's three. */
    @Test
    void readsThePreviousReleasesModels() {
        assertThat(models.keySet()).contains("previous release: bpmn/EquipmentScreeningProcess.bpmn",
                "previous release: bpmn/RecommendationProcess.bpmn",
                "previous release: bpmn/PostIntroductionReviewProcess.bpmn");
    }

    /**
     * A gateway that reads a variable the filing wrote ({@code ${exemptionClaimed}} in models of earlier releases)
     * reads it in the transaction that starts the instance, where nothing can have changed it: it follows the start
     * event with no wait state between, so no running instance can be before it.
     */
    @Test
    void theExemptionVariableIsReadOnlyInTheStartingTransaction() {
        int read = 0;
        for (var model : models.entrySet()) {
            for (Located expression : expressions(model.getValue().getDocumentElement(), null)) {
                if (!expression.text().matches("!?exemptionClaimed")) {
                    continue;
                }
                read++;
                Element flow = byId(model.getValue(), expression.activityId());
                Element gateway = byId(model.getValue(), flow.getAttribute("sourceRef"));
                List<Element> incoming = children(model.getValue().getDocumentElement(), "sequenceFlow").stream()
                        .filter(f -> f.getAttribute("targetRef").equals(gateway.getAttribute("id"))).toList();
                assertThat(incoming).as(model.getKey()).hasSize(1);
                Element start = byId(model.getValue(), incoming.get(0).getAttribute("sourceRef"));
                assertThat(start.getLocalName()).as(model.getKey()).isEqualTo("startEvent");
                assertThat(List.of(start, gateway)).as(model.getKey() + ": no wait state before the gateway")
                        .allMatch(node -> !"true".equals(node.getAttributeNS(CAMUNDA, "asyncBefore"))
                                && !"true".equals(node.getAttributeNS(CAMUNDA, "asyncAfter")));
            }
        }
        assertThat(read).as("the previous release's screening model reads it").isGreaterThanOrEqualTo(2);
    }

    private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    /** Why {@code bean.method(args)} would fail, or null if a public method of the bean takes these arguments. */
    private static String problem(String bean, String method, String arguments) {
        Class<?> type = beans.get(bean);
        if (type == null) {
            return "no bean " + bean;
        }
        List<String> args = arguments.isBlank() ? List.of() : List.of(arguments.split("\\s*,\\s*"));
        for (Method m : type.getMethods()) {
            if (m.getName().equals(method) && Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == args.size()
                    && accepts(m.getParameterTypes(), args)) {
                return null;
            }
        }
        return "no public method " + type.getSimpleName() + "." + method + " taking " + args;
    }

    private static boolean accepts(Class<?>[] parameters, List<String> args) {
        for (int i = 0; i < parameters.length; i++) {
            String arg = args.get(i).strip();
            Class<?> wanted = switch (arg) {
                case "execution" -> DelegateExecution.class;
                case "task" -> DelegateTask.class;
                case "true", "false" -> boolean.class;
                default -> arg.startsWith("'") ? String.class : Object.class;
            };
            boolean fits = wanted == boolean.class ? parameters[i] == boolean.class || parameters[i] == Boolean.class
                    : parameters[i].isAssignableFrom(wanted) || wanted == Object.class;
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    /** Our components by the names Spring gives them, as the models' expressions name them. */
    private static Map<String, Class<?>> beansOf(String basePackage) throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
        SimpleBeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
        Map<String, Class<?>> found = new TreeMap<>();
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            found.put(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry),
                    Class.forName(definition.getBeanClassName(), false, ModelExpressionsTest.class.getClassLoader()));
        }
        return found;
    }

    /** The models in the previous release's database: its deployment's {@code bpmn/*.bpmn} byte arrays. */
    private static Map<String, byte[]> previousReleaseModels() throws IOException {
        String dump;
        try (InputStream in = ModelExpressionsTest.class.getResourceAsStream("/upgrade/previous-release.sql.gz");
             Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)) {
            dump = FileCopyUtils.copyToString(reader);
        }
        Map<String, byte[]> found = new TreeMap<>();
        Matcher row = Pattern.compile("'(bpmn/\\w+\\.bpmn)', '[^']*', '\\\\x([0-9a-f]+)'").matcher(dump);
        while (row.find()) {
            found.put(row.group(1), HexFormat.of().parseHex(row.group(2)));
        }
        return found;
    }

    private static Document parse(byte[] xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An expression with the id of the element nearest to it that has one (its task, flow or event). */
    record Located(String activityId, String text) {
    }

    private static List<Located> expressions(Element element, String enclosingId) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
        List<Located> found = new ArrayList<>();
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            found.addAll(located(id, ((Attr) attributes.item(i)).getValue()));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                found.addAll(expressions(e, id));
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                found.addAll(located(id, child.getNodeValue()));
            }
        }
        return found;
    }

    private static List<Located> located(String id, String text) {
        List<Located> found = new ArrayList<>();
        Matcher m = EXPRESSION.matcher(text);
        while (m.find()) {
            found.add(new Located(id, m.group(1)));
        }
        return found;
    }

    /** The steps removed from this model's process that {@link RunningInstanceUpgrade#REPLACED} moves instances off. */
    private static Map<String, String> removedSteps(Document model) {
        return children(model.getDocumentElement(), "process").stream()
                .map(process -> RunningInstanceUpgrade.REPLACED.getOrDefault(process.getAttribute("id"), Map.of()))
                .filter(m -> !m.isEmpty()).findFirst().orElse(Map.of());
    }

    private static Element byId(Document model, String id) {
        return all(model.getDocumentElement()).stream().filter(e -> id.equals(e.getAttribute("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no element " + id));
    }

    private static List<Element> children(Element root, String localName) {
        return all(root).stream().filter(e -> localName.equals(e.getLocalName())).toList();
    }

    private static List<Element> all(Element root) {
        List<Element> found = new ArrayList<>(List.of(root));
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                found.addAll(all(e));
            }
        }
        return found;
    }
}
