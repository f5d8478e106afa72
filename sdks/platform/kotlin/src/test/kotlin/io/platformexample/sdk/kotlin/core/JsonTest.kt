package io.platformexample.sdk.kotlin.core

import com.fasterxml.jackson.annotation.JsonAnyGetter
import com.fasterxml.jackson.annotation.JsonAnySetter
import com.fasterxml.jackson.annotation.JsonCreator
import com.fasterxml.jackson.annotation.JsonProperty
import com.fasterxml.jackson.databind.JsonNode
import org.junit.jupiter.api.Test
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull

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

    @Test
    fun `the same model decodes alike from bytes and from a tree`() {
        val text = """{"name":"n","extra":[1,2.5,null]}"""
        val fromBytes = Json.decode<Labelled>(text.toByteArray(), Labelled::class.java)
        assertEquals(Json.decode<Labelled>(Json.mapper.readTree(text), Labelled::class.java), fromBytes)
    }

    @Test
    fun `the quick date-time reading gives what the general one gives`() {
        val read =
            listOf(
                "2024-05-01T12:30:00Z",
                "2024-05-01T12:30:00.5Z",
                "2024-05-01T12:30:00.123456789Z",
                "2024-05-01T12:30:00+02:00",
                "2024-05-01T12:30:00.120-05:30",
                "2024-02-29T23:59:59-00:00",
                "0001-01-01T00:00:00+18:00",
            )
        for (text in read) {
            assertEquals(DateTimes.general(text), DateTimes.exact(text), text)
            assertNotNull(DateTimes.exact(text), text)
        }
        // other forms and impossible values are left to the general reading
        val left =
            listOf(
                "2024-05-01 12:30:00Z",
                "2024-05-01t12:30:00z",
                "2024-05-01T12:30Z",
                "2024-05-01T12:30:00",
                "2024-05-01T12:30:00.Z",
                "2024-05-01T12:30:00.1234567891Z",
                "2024-02-30T12:30:00Z",
                "2023-02-29T12:30:00Z",
                "2024-05-01T24:00:00Z",
                "2024-05-01T12:60:00Z",
                "2024-05-01T12:30:60Z",
                "2024-05-01T12:30:00+18:01",
                "2024-05-01T12:30:00+05:60",
                "2024-05-01T12:30:00+0200",
                "2024-05-01T12:30:00+02:00:00",
                "+2024-05-01T12:30:00Z",
                " 2024-05-01T12:30:00Z",
                "2024-05-01T12:30:00Z ",
                "2024-13-01T12:30:00Z",
            )
        for (text in left) assertNull(DateTimes.exact(text), text)
        // and every text gives the same date-time (or none) as before the quick path
        for (text in read + left) assertEquals(DateTimes.general(text), parseDateTime(text), text)
    }
}
