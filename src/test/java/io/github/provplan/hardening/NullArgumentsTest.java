package io.github.provplan.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.provplan.catalog.PlanCatalog;
import io.github.provplan.evaluation.EconomicStructure;
import io.github.provplan.evaluation.SdgProgress;
import io.github.provplan.evaluation.TargetEvaluator;
import io.github.provplan.format.PlanFormatException;
import io.github.provplan.format.PlanReader;
import io.github.provplan.format.PlanSet;
import io.github.provplan.format.PlanWriter;
import io.github.provplan.format.Problem;
import io.github.provplan.format.ReadLimits;
import io.github.provplan.indicator.IndicatorRegistry;
import io.github.provplan.indicator.Unit;
import io.github.provplan.plan.Plan;
import io.github.provplan.plan.Target;
import io.github.provplan.province.Era;
import io.github.provplan.province.ProvinceRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API's rule for a Java {@code null}: every public constructor and method of every public type of the
 * exported packages refuses a null argument at once, with a {@link NullPointerException} whose message is the
 * parameter's name; a collection, map or array argument that holds a null is refused with a message that starts
 * with the parameter's name and says where the null is ({@code milestones[0]}, {@code shares value for 'x'}).
 *
 * <p>The types are found by listing the compiled classes of the packages that {@code module-info.java} exports, and
 * the parameter names are read by reflection (the build compiles with {@code -parameters}). Every other argument is
 * a valid sample: a record's canonical constructor gets the components of a record found in the bundled catalog,
 * anything else a value from the table in {@link Samples}.
 */
class NullArgumentsTest {
    /**
     * Members this test does not call, each with its reason. Keep this short: a new member belongs here only when no
     * sample can be made for it.
     */
    private static final Set<String> EXCLUDED = Set.of(
            // Object's contract: equals(null) is false, not an exception.
            "equals(java.lang.Object)",
            // Made by the compiler for every enum; its NullPointerException is the JDK's ("Name is null").
            "valueOf(java.lang.String)");

    private static final Samples SAMPLES = new Samples();

    @Test
    void everyPublicMemberNamesItsNullArgument() throws Exception {
        var failures = new ArrayList<String>();
        int checked = 0;
        for (Class<?> type : publicTypes()) {
            for (Executable member : members(type)) {
                Parameter[] parameters = member.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getType().isPrimitive()) {
                        continue;
                    }
                    assertTrue(parameters[i].isNamePresent(), "compile with -parameters: " + member);
                    String name = parameters[i].getName();
                    Object[] args;
                    try {
                        args = SAMPLES.arguments(member);
                    } catch (AssertionError e) {
                        failures.add(describe(member) + ": " + e.getMessage());
                        continue;
                    }
                    args[i] = null;
                    checked++;
                    expectNamed(member, args, name, true, failures);
                    for (Object holdingNull : SAMPLES.holdingNull(parameters[i])) {
                        args = SAMPLES.arguments(member);
                        args[i] = holdingNull;
                        checked++;
                        expectNamed(member, args, name, false, failures);
                    }
                }
            }
        }
        assertEquals(List.of(), failures, failures.size() + " of " + checked + " null arguments are not named");
        // Not vacuous: the API has hundreds of reference parameters.
        assertTrue(checked > 400, "only " + checked + " null arguments checked");
    }

    /** Calls the member and records a failure unless it throws a NullPointerException naming the parameter. */
    private static void expectNamed(Executable member, Object[] args, String name, boolean exact,
                                    List<String> failures) {
        String call = describe(member) + " with " + (exact ? "null " : "a null inside ") + name;
        try {
            if (member instanceof Constructor<?> constructor) {
                constructor.newInstance(args);
            } else {
                Method method = (Method) member;
                method.invoke(Modifier.isStatic(method.getModifiers()) ? null
                        : SAMPLES.of(method.getDeclaringClass()), args);
            }
            failures.add(call + ": returned");
        } catch (InvocationTargetException e) {
            Throwable thrown = e.getCause();
            if (!(thrown instanceof NullPointerException)) {
                failures.add(call + ": threw " + thrown);
            } else if (exact ? !name.equals(thrown.getMessage())
                    : thrown.getMessage() == null || !thrown.getMessage().startsWith(name)
                    || thrown.getMessage().equals(name)) {
                failures.add(call + ": NullPointerException says '" + thrown.getMessage() + "'");
            }
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(call, e);
        } catch (AssertionError e) {
            failures.add(call + ": " + e.getMessage());
        }
    }

    private static String describe(Executable member) {
        return member.getDeclaringClass().getSimpleName() + "."
                + (member instanceof Constructor ? "<init>" : member.getName())
                + Arrays.stream(member.getParameterTypes()).map(Class::getSimpleName).toList();
    }

    /** Public constructors and the public methods each public type declares, less the exclusions. */
    private static List<Executable> members(Class<?> type) {
        var members = new ArrayList<Executable>();
        if (!Modifier.isAbstract(type.getModifiers())) {
            Arrays.stream(type.getDeclaredConstructors()).filter(c -> Modifier.isPublic(c.getModifiers()))
                    .forEach(members::add);
        }
        for (Method method : type.getDeclaredMethods()) {
            String signature = method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getName)
                    .collect(java.util.stream.Collectors.joining(",", "(", ")"));
            if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()
                    && !EXCLUDED.contains(signature)) {
                members.add(method);
            }
        }
        members.sort(java.util.Comparator.comparing(Executable::toString));
        return members;
    }

    /** The public types, nested ones included, of every package module-info exports. */
    static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        String descriptor = Files.readString(Path.of("src/main/java/module-info.java"));
        Matcher exports = Pattern.compile("(?m)^\\s*exports\\s+([\\w.]+)\\s*;").matcher(descriptor);
        Path classes = Path.of(Plan.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        var types = new ArrayList<Class<?>>();
        while (exports.find()) {
            String pkg = exports.group(1);
            try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                    String simple = file.getFileName().toString().replace(".class", "");
                    Class<?> type = Class.forName(pkg + "." + simple, false,
                            NullArgumentsTest.class.getClassLoader());
                    if (isPublic(type)) {
                        types.add(type);
                    }
                }
            }
        }
        assertTrue(types.size() > 50, "only " + types.size() + " public types found in " + classes);
        return types;
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    /** Valid values of every type the API takes, built once. */
    static final class Samples {
        private final Map<Class<?>, Object> byType = new HashMap<>();

        Samples() {
            PlanCatalog catalog = PlanCatalog.bundled();
            // Every record reachable from the bundled plans, the first of each type: valid by construction.
            var seen = new IdentityHashMap<Object, Boolean>();
            catalog.plans().stream().forEach(plan -> {
                walk(plan, seen);
                walk(plan.links(), seen);
            });
            Target level = catalog.targets().list().stream().map(h -> h.item())
                    .filter(t -> t.relation().hasFigure() && !t.isAverageAnnual() && !t.isChangeSinceBaseYear())
                    .findFirst().orElseThrow();
            put(Target.class, level);
            put(PlanCatalog.class, catalog);
            put(IndicatorRegistry.class, catalog.indicators());
            put(ProvinceRegistry.class, catalog.provinces());
            put(io.github.provplan.province.Province.class, catalog.provinces().units(Era.FROM_JULY_2025).get(0));
            put(io.github.provplan.catalog.TargetQuery.class, catalog.targets());
            put(io.github.provplan.catalog.CatalogQuery.class, catalog.targets());
            put(io.github.provplan.catalog.PlanQuery.class, catalog.plans());
            put(io.github.provplan.catalog.DirectiveQuery.class, catalog.directives());
            put(io.github.provplan.catalog.ObservationQuery.class, catalog.observations());
            put(io.github.provplan.catalog.ProposalQuery.class, catalog.proposals());
            put(io.github.provplan.catalog.Hit.class, catalog.targets().list().get(0));
            put(TargetEvaluator.class, TargetEvaluator.standard());
            put(PlanReader.class, PlanReader.create());
            put(PlanWriter.class, PlanWriter.create());
            put(ReadLimits.class, ReadLimits.defaults());
            Plan plan = catalog.plans().list().get(0);
            put(PlanSet.class, PlanSet.of(plan));
            put(Problem.class, new Problem("a.json", 1, 1, "/id", "a problem"));
            put(PlanFormatException.class, new PlanFormatException(List.of(new Problem("a.json", 1, 1, "/id",
                    "a problem"))));
            put(Unit.class, Unit.PERCENT);
            put(io.github.provplan.indicator.Indicator.class, catalog.indicators().all().get(0));
            put(EconomicStructure.class, EconomicStructure.of(catalog.indicators(), "grdp", Map.of()));
            put(io.github.provplan.evaluation.ProgressAssessment.class, SdgProgress.assess(BigDecimal.ONE, 2020,
                    BigDecimal.TEN, 2025, new BigDecimal("20"), 2030));
            put(io.github.provplan.evaluation.Evaluation.class, TargetEvaluator.standard().evaluate(level,
                    BigDecimal.ONE));
            put(Plan.Builder.class, plan.toBuilder());
            Target average = catalog.targets().list().stream().map(h -> h.item())
                    .filter(t -> t.isAverageAnnual() && t.relation().hasFigure()).findFirst().orElseThrow();
            put(io.github.provplan.evaluation.RateProgress.class, TargetEvaluator.standard().progress(average,
                    new TreeMap<>(Map.of(average.period().start(), BigDecimal.ONE))));
            put(String.class, "grdp-growth");
            put(Object.class, "object");
            put(CharSequence.class, "grdp-growth");
            put(BigDecimal.class, BigDecimal.ONE);
            put(Integer.class, 2025);
            put(Boolean.class, Boolean.TRUE);
            put(Path.class, Path.of("no-such-file.json"));
            put(LocalDate.class, LocalDate.of(2025, 7, 1));
            put(Optional.class, Optional.empty());
            put(OptionalInt.class, OptionalInt.empty());
            put(List.class, List.of());
            put(Collection.class, List.of());
            put(Set.class, Set.of());
            put(Map.class, Map.of());
            put(SortedMap.class, new TreeMap<>());
            put(NavigableMap.class, new TreeMap<>());
            put(byte[].class, new byte[0]);
        }

        private void put(Class<?> type, Object value) {
            byType.put(type, value);
        }

        /** Walks records, optionals, collections and maps, keeping the first instance of each provplan type. */
        private void walk(Object value, Map<Object, Boolean> seen) {
            if (value == null || seen.put(value, Boolean.TRUE) != null) {
                return;
            }
            if (value instanceof Optional<?> optional) {
                optional.ifPresent(v -> walk(v, seen));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(v -> walk(v, seen));
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(v -> walk(v, seen));
            } else if (value instanceof io.github.provplan.catalog.Hit<?> hit) {
                walk(hit.item(), seen);
            } else if (value.getClass().getName().startsWith("io.github.provplan.")) {
                byType.putIfAbsent(value.getClass(), value);
                if (value instanceof Record) {
                    for (RecordComponent component : value.getClass().getRecordComponents()) {
                        try {
                            walk(component.getAccessor().invoke(value), seen);
                        } catch (ReflectiveOperationException e) {
                            throw new AssertionError(e);
                        }
                    }
                }
            }
        }

        /** A sample of the type. */
        Object of(Class<?> type) {
            if (type.isPrimitive()) {
                return primitive(type);
            }
            Object sample = byType.get(type);
            if (sample != null) {
                return sample;
            }
            if (type.isEnum()) {
                return type.getEnumConstants()[0];
            }
            if (type.isArray()) {
                return Array.newInstance(type.getComponentType(), 0);
            }
            if (InputStream.class.isAssignableFrom(type)) {
                return new ByteArrayInputStream(new byte[0]);
            }
            if (OutputStream.class.isAssignableFrom(type)) {
                return new ByteArrayOutputStream();
            }
            if (type == java.io.Reader.class) {
                return new StringReader("");
            }
            if (type == java.io.Writer.class || type == Appendable.class) {
                return new StringWriter();
            }
            if (type.isInterface()) {
                // A function the member must not call before it has checked its arguments.
                return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                        (proxy, method, args) -> method.getReturnType().isPrimitive()
                                ? primitive(method.getReturnType()) : null);
            }
            throw new AssertionError("no sample of " + type.getName() + "; add one to NullArgumentsTest.Samples");
        }

        private static Object primitive(Class<?> type) {
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class) {
                return 2025;
            }
            if (type == long.class) {
                return 1L;
            }
            if (type == double.class) {
                return 1.0;
            }
            if (type == char.class) {
                return 'a';
            }
            if (type == void.class) {
                return null;
            }
            throw new AssertionError("no sample of " + type);
        }

        /**
         * Valid arguments for the member: for a record's canonical constructor, the components of a sample record;
         * otherwise a sample of each parameter's type.
         */
        Object[] arguments(Executable member) {
            Class<?> owner = member.getDeclaringClass();
            if (member instanceof Constructor<?> constructor && owner.isRecord() && Arrays.equals(
                    constructor.getParameterTypes(), Arrays.stream(owner.getRecordComponents())
                            .map(RecordComponent::getType).toArray())) {
                Object record = of(owner);
                return Arrays.stream(owner.getRecordComponents()).map(c -> {
                    try {
                        return c.getAccessor().invoke(record);
                    } catch (ReflectiveOperationException e) {
                        throw new AssertionError(e);
                    }
                }).toArray();
            }
            return Arrays.stream(member.getParameterTypes()).map(this::of).toArray();
        }

        /**
         * For a collection, map or array parameter, one that holds a null (as an element, a key or a value, each in
         * turn as the type allows); none for other parameters.
         */
        List<Object> holdingNull(Parameter parameter) {
            Class<?> type = parameter.getType();
            if (type.isArray() && !type.getComponentType().isPrimitive()) {
                return List.of(Array.newInstance(type.getComponentType(), 1));
            }
            if (type == List.class || type == Collection.class) {
                return List.of(Arrays.asList((Object) null));
            }
            if (type == Set.class) {
                var set = new java.util.HashSet<>();
                set.add(null);
                return List.of(set);
            }
            if (Map.class.isAssignableFrom(type)) {
                Type[] kinds = ((ParameterizedType) parameter.getParameterizedType()).getActualTypeArguments();
                Object key = of(raw(kinds[0]));
                if (SortedMap.class.isAssignableFrom(type)) {
                    // A sorted map's own comparator refuses a null key; a null value is the caller's to make.
                    var map = new TreeMap<Object, Object>();
                    map.put(key, null);
                    return List.of(map);
                }
                var nullValue = new LinkedHashMap<Object, Object>();
                nullValue.put(key, null);
                var nullKey = new LinkedHashMap<Object, Object>();
                nullKey.put(null, of(raw(kinds[1])));
                return List.of(nullValue, nullKey);
            }
            return List.of();
        }

        private static Class<?> raw(Type type) {
            return type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        }
    }
}
