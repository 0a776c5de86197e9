package dev.starling.engine.tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code TemplateProcessing} post-processor: {@code single} and {@code pair} are lists of
 * {@code {"SpecialToken": {"id": "[CLS]", "type_id": 0}}} and {@code {"Sequence": {"id": "A",
 * "type_id": 0}}}, and {@code special_tokens} maps each special token name to its ids.
 */
final class TemplateJsonReader {
    private static final String PATH = "$.post_processor";
    private final JsonFields f;

    TemplateJsonReader(JsonFields f) {
        this.f = f;
    }

    TemplateProcessing read(Map<String, Object> p) {
        Map<String, Object> specials = f.optionalObject(p, "special_tokens", PATH);
        return new TemplateProcessing(template(p.get("single"), PATH + ".single", specials),
                template(p.get("pair"), PATH + ".pair", specials));
    }

    private List<TemplateProcessing.Piece> template(Object value, String path, Map<String, Object> specials) {
        List<?> items = f.list(value, path);
        List<TemplateProcessing.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            Map<String, Object> item = f.object(items.get(i), at);
            Map<String, Object> seq = f.optionalObject(item, "Sequence", at);
            Map<String, Object> special = f.optionalObject(item, "SpecialToken", at);
            if (seq != null) {
                pieces.add(sequence(seq, at + ".Sequence"));
            } else if (special != null) {
                pieces.add(special(special, at + ".SpecialToken", specials));
            } else {
                throw f.error(at, "expected Sequence or SpecialToken");
            }
        }
        return List.copyOf(pieces);
    }

    private TemplateProcessing.Piece sequence(Map<String, Object> seq, String path) {
        String id = f.string(seq, "id", path, "A");
        if (!id.equals("A") && !id.equals("B")) {
            throw f.error(path + ".id", "expected A or B, found " + id);
        }
        return TemplateProcessing.Piece.sequence(id.equals("A") ? 0 : 1, f.integer(seq, "type_id", path, 0));
    }

    private TemplateProcessing.Piece special(Map<String, Object> sp, String path, Map<String, Object> specials) {
        String name = f.string(sp.get("id"), path + ".id");
        Map<String, Object> def = specials == null ? null : f.optionalObject(specials, name, PATH + ".special_tokens");
        if (def == null) {
            throw f.error(path + ".id", "special token '" + name + "' is not in special_tokens");
        }
        List<?> ids = f.list(def.get("ids"), PATH + ".special_tokens." + name + ".ids");
        int[] out = new int[ids.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.integer(ids.get(i), PATH + ".special_tokens." + name + ".ids[" + i + "]");
        }
        return new TemplateProcessing.Piece(-1, out, f.integer(sp, "type_id", path, 0));
    }
}
