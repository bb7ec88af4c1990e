package dev.vitae.generators.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official JSON Resume schema (test resource {@code jsonresume/schema.json}, draft-07),
 * with format assertions on, so {@code "format": "uri"} and {@code "email"} are checked too.
 */
public final class JsonResumeSchema {

  private static final Schema SCHEMA = load();

  private JsonResumeSchema() {}

  /** What the schema finds wrong with {@code json}; empty when it is a valid JSON Resume. */
  public static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema load() {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
        builder -> builder.schemaRegistryConfig(
            SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    try (InputStream schema = JsonResumeSchema.class.getResourceAsStream(
        "/jsonresume/schema.json")) {
      return registry.getSchema(schema);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
