package io.platformexample.sdk.kotlin.core

import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow
import java.nio.ByteBuffer
import java.nio.CharBuffer
import java.nio.charset.CharsetDecoder
import java.nio.charset.CodingErrorAction

/**
 * One server-sent event: its [event] type (`message` unless the server names one), its [data]
 * (the event's data lines joined with `\n`), the last event [id] the stream set, and the
 * reconnection time [retry] in milliseconds, when the stream set one.
 */
data class ServerSentEvent(
    val event: String = "message",
    val data: String = "",
    val id: String? = null,
    val retry: Long? = null,
)

/**
 * Reads a `text/event-stream` body into events as the HTML standard says: lines end with CRLF,
 * LF or CR; `:` starts a comment; `field: value` loses one space after the colon; a blank line
 * dispatches the event when it has data. An event still being read when the stream ends is
 * dispatched all the same. Feed it text in any pieces; it keeps what is not a whole line yet.
 */
class ServerSentEventParser {
    private val pending = StringBuilder()
    private val data = mutableListOf<String>()
    private var event = ""
    private var id: String? = null
    private var retry: Long? = null
    private var started = false

    /** The events [text] completes. */
    fun feed(text: String): List<ServerSentEvent> {
        val out = mutableListOf<ServerSentEvent>()
        pending.append(text)
        if (!started && pending.isNotEmpty()) {
            started = true
            if (pending[0] == '\uFEFF') pending.deleteCharAt(0)
        }
        var start = 0
        var index = 0
        while (index < pending.length) {
            val char = pending[index]
            if (char != '\n' && char != '\r') {
                index++
                continue
            }
            // a CR that ends the text so far may be the first half of a CRLF: wait for more
            if (char == '\r' && index == pending.length - 1) break
            line(pending.substring(start, index), out)
            index += if (char == '\r' && pending[index + 1] == '\n') 2 else 1
            start = index
        }
        pending.delete(0, start)
        return out
    }

    /** The stream ended: the last line and the event being read, if any. */
    fun finish(): List<ServerSentEvent> {
        val out = mutableListOf<ServerSentEvent>()
        if (pending.isNotEmpty()) {
            val rest = pending.toString().removeSuffix("\r")
            pending.setLength(0)
            line(rest, out)
        }
        line("", out)
        return out
    }

    private fun line(
        text: String,
        out: MutableList<ServerSentEvent>,
    ) {
        if (text.isEmpty()) {
            if (data.isNotEmpty()) out += ServerSentEvent(event.ifEmpty { "message" }, data.joinToString("\n"), id, retry)
            data.clear()
            event = ""
            return
        }
        if (text.startsWith(':')) return // a comment, often a keep-alive
        val colon = text.indexOf(':')
        val field = if (colon < 0) text else text.substring(0, colon)
        val value = if (colon < 0) "" else text.substring(colon + 1).removePrefix(" ")
        when (field) {
            "data" -> data += value
            "event" -> event = value
            "id" -> if ('\u0000' !in value) id = value
            "retry" -> if (value.isNotEmpty() && value.all { it in '0'..'9' }) value.toLongOrNull()?.let { retry = it }
        }
    }

    companion object {
        /** The events of a body that arrives in [chunks] of UTF-8 bytes, each event as soon as it is complete. */
        fun parse(chunks: Flow<ByteArray>): Flow<ServerSentEvent> =
            flow {
                val parser = ServerSentEventParser()
                val text = Utf8Text()
                chunks.collect { bytes ->
                    for (event in parser.feed(text.next(bytes))) emit(event)
                }
                for (event in parser.feed(text.end())) emit(event)
                for (event in parser.finish()) emit(event)
            }
    }
}

/** UTF-8 bytes to text piece by piece: a character split across pieces waits for its other bytes. */
private class Utf8Text {
    private val decoder: CharsetDecoder =
        Charsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
    private var carry = ByteArray(0)

    fun next(bytes: ByteArray): String = decode(carry + bytes, last = false)

    fun end(): String = decode(carry, last = true)

    private fun decode(
        bytes: ByteArray,
        last: Boolean,
    ): String {
        val input = ByteBuffer.wrap(bytes)
        val out = CharBuffer.allocate(bytes.size + 1)
        decoder.decode(input, out, last)
        if (last) decoder.flush(out)
        carry = ByteArray(input.remaining()).also { input.get(it) }
        out.flip()
        return out.toString()
    }
}
