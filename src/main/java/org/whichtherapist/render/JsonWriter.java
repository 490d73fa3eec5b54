package org.whichtherapist.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.whichtherapist.content.PageText;

import freemarker.ext.beans.BeanModel;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateModelIterator;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import freemarker.template.utility.StringUtil;

/**
 * {@code toJson(value)} for templates: a hash, sequence, string, number or boolean as compact JSON. Strings go
 * through {@link StringUtil#jsonStringEnc}, which also escapes {@code </} and {@code <!}, so the result may sit
 * inside {@code <script>}; a {@link PageText} is written as escaped when the page was read. Anything else is a
 * template mistake.
 */
public final class JsonWriter implements TemplateMethodModelEx {

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1) {
            throw new TemplateModelException("toJson takes one value, e.g. toJson({\"name\": page.title})");
        }
        StringBuilder json = new StringBuilder();
        write((TemplateModel) arguments.get(0), json);
        return json.toString();
    }

    /**
     * The text as {@link StringUtil#jsonStringEnc} writes it, which is the text itself when it holds no control
     * character, quote, backslash, {@code <}, {@code >} or anything past ASCII and does not start with {@code /}
     * (it might follow a {@code <}): most texts, which are then not looked at one character at a time again.
     */
    static String escaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c >= 0x7F || c == '"' || c == '\\' || c == '<' || c == '>' || c == '/' && i == 0) {
                return StringUtil.jsonStringEnc(text);
            }
        }
        return text;
    }

    private static void write(TemplateModel value, StringBuilder json) throws TemplateModelException {
        if (value instanceof BeanModel bean) {
            if (!(bean.getWrappedObject() instanceof PageText text)) {
                throw new TemplateModelException("toJson cannot write a " + bean.getWrappedObject().getClass().getSimpleName()
                        + "; give it a hash of the fields you want, e.g. {\"name\": page.title}");
            }
            json.append('"').append(text.jsonText()).append('"');
        } else if (value instanceof TemplateScalarModel scalar) {
            json.append('"').append(escaped(scalar.getAsString())).append('"');
        } else if (value instanceof TemplateNumberModel number) {
            json.append(number(number.getAsNumber()));
        } else if (value instanceof TemplateBooleanModel bool) {
            json.append(bool.getAsBoolean());
        } else if (value instanceof TemplateHashModelEx2 hash) {
            writeHash(hash, json);
        } else if (value instanceof TemplateSequenceModel sequence) {
            json.append('[');
            for (int i = 0; i < sequence.size(); i++) {
                json.append(i == 0 ? "" : ",");
                write(sequence.get(i), json);
            }
            json.append(']');
        } else if (value instanceof TemplateCollectionModel collection) {
            json.append('[');
            TemplateModelIterator items = collection.iterator();
            for (boolean first = true; items.hasNext(); first = false) {
                json.append(first ? "" : ",");
                write(items.next(), json);
            }
            json.append(']');
        } else if (value instanceof TemplateHashModelEx hash) {
            writeHash(hash, json);
        } else {
            throw new TemplateModelException("toJson cannot write " + (value == null ? "a missing value"
                    : "a " + value.getClass().getSimpleName())
                    + "; give it a hash, a sequence, a string, a number or true/false");
        }
    }

    private static void writeHash(TemplateHashModelEx hash, StringBuilder json) throws TemplateModelException {
        json.append('{');
        TemplateModelIterator keys = hash.keys().iterator();
        for (boolean first = true; keys.hasNext(); first = false) {
            String key = ((TemplateScalarModel) keys.next()).getAsString();
            json.append(first ? "" : ",").append('"').append(escaped(key)).append("\":");
            write(hash.get(key), json);
        }
        json.append('}');
    }

    private static String number(Number number) throws TemplateModelException {
        if (number instanceof Integer || number instanceof Long || number instanceof Short
                || number instanceof Byte || number instanceof BigInteger) {
            return number.toString();
        }
        double asDouble = number.doubleValue();
        if (Double.isNaN(asDouble) || Double.isInfinite(asDouble)) {
            throw new TemplateModelException("toJson cannot write " + number + ": JSON has no such number");
        }
        BigDecimal decimal = number instanceof BigDecimal exact ? exact : new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().toPlainString();
    }
}
