package sdkgen.kotlin.runtime

import com.fasterxml.jackson.annotation.JsonAnyGetter
import com.fasterxml.jackson.annotation.JsonAnySetter
import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.databind.JsonNode
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals

/** A model shaped as the generator writes them: named parameters and a map for the rest. */
data class Labelled
    @JsonCreator
    constructor(
        @param:JsonProperty("name")
        @get:JsonProperty("name")
        val name: String? = null,
        @param:JsonAnySetter
        @get:JsonAnyGetter
        val additionalProperties: Map<String, JsonNode> = emptyMap(),
    )

class JsonTest {
    @Test
    fun `an empty key is kept with the additional properties and written back`() {
        val text = """{"name":"n","":"empty","other":1}"""
        val decoded = Json.decode<Labelled>(Json.mapper.readTree(text), Labelled::class.java)
        assertEquals("n", decoded.name)
        assertEquals(setOf("", "other"), decoded.additionalProperties.keys)
        assertEquals("empty", decoded.additionalProperties.getValue("").asText())
        assertEquals(Json.mapper.readTree(text), Json.tree(decoded))
    }
}
