package dev.occam.plan.kind;

import dev.occam.algorithm.CustomAlgorithm;
import dev.occam.algorithm.Optimizer;
import dev.occam.algorithm.PluginException;
import dev.occam.numeric.Value;
import dev.occam.spec.Section;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code custom}: a user's {@link Optimizer} named by {@code class} (a fully qualified name, loaded
 * with the context class loader, public no-argument constructor), with optional {@code parameters}
 * (a mapping of numbers passed to its configure) and {@code init}. Runs in the double tier only.
 * The class name is the one place a spec reaches reflection: it must name an Optimizer, nothing
 * else is called.
 */
final class CustomKind implements Kind<ConfiguredAlgorithm> {
    @Override
    public String name() {
        return "custom";
    }

    @Override
    public String summary() {
        return "A user's dev.occam.algorithm.Optimizer (a TA plug-in) on plain double[]; run.precision must be 16 or less.";
    }

    @Override
    public List<Key> keys() {
        return List.of(
                Key.required(
                        "class",
                        ValueType.json(
                                "{\"type\": \"string\", \"pattern\": "
                                        + "\"^[A-Za-z_$][A-Za-z0-9_$]*(\\\\.[A-Za-z_$][A-Za-z0-9_$]*)*$\", \"description\": "
                                        + "\"fully qualified name of a dev.occam.algorithm.Optimizer with a public no-argument constructor\"}",
                                "fully qualified class name"),
                        "a dev.occam.algorithm.Optimizer with a public no-argument constructor, on the class path"),
                Key.optional(
                        "parameters",
                        ValueType.json(
                                "{\"type\": \"object\", \"additionalProperties\": "
                                        + "{\"$ref\": \"#/definitions/number\"}, \"description\": \"numbers passed to Optimizer.configure\"}",
                                "mapping of names to numbers"),
                        "none",
                        "passed to the plug-in's configure"),
                CommonKeys.INIT);
    }

    @Override
    public ConfiguredAlgorithm build(Section s, PointContext b) {
        String name = s.string("class");
        Map<String, Double> parameters = new LinkedHashMap<>();
        if (s.has("parameters")) {
            if (!s.isSection("parameters"))
                throw s.error(
                        "parameters", "expected a mapping of names to numbers, e.g. {step: 0.01}");
            Section p = s.section("parameters");
            for (String key : p.keys()) parameters.put(key, p.number(key).doubleValue());
            p.finish();
        }
        Value[] w0 = CommonKeys.init(s, b);
        int precision = b.spec().run().precision();
        if (precision > 16) {
            throw s.error(
                    "kind",
                    "custom plug-ins run in the double tier only; set run.precision to 16 or less (got "
                            + precision
                            + ")");
        }
        Class<?> type;
        try {
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            type =
                    Class.forName(
                            name,
                            false,
                            loader != null ? loader : CustomKind.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw s.error(
                    "class",
                    "cannot load class '" + name + "' (" + e + "); is it on the class path?");
        }
        if (!Optimizer.class.isAssignableFrom(type)) {
            throw s.error("class", name + " does not implement dev.occam.algorithm.Optimizer");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw s.error("class", name + " needs a public no-argument constructor");
        }
        Supplier<Optimizer> factory =
                () -> {
                    try {
                        return (Optimizer) constructor.newInstance();
                    } catch (InvocationTargetException e) {
                        throw new PluginException(
                                "custom plug-in "
                                        + name
                                        + " threw in its constructor: "
                                        + e.getCause(),
                                e.getCause());
                    } catch (ReflectiveOperationException e) {
                        throw new PluginException(
                                "custom plug-in " + name + " could not be instantiated: " + e, e);
                    }
                };
        return new ConfiguredAlgorithm(new CustomAlgorithm(name, factory, parameters), w0);
    }
}
