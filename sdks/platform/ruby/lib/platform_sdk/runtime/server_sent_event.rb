# frozen_string_literal: true

# Public: one event of a `text/event-stream` response, as the operations that stream yield
# them. `event` is "message" when the stream names none; `data` is the event's data lines
# joined with "\n" (often JSON: `JSON.parse(event.data)`); `id` is the last event id the stream
# sent (nil before any) and `retry` the last reconnection delay it asked for, in milliseconds.
ServerSentEvent = Struct.new(:event, :data, :id, :retry, keyword_init: true) do
  def initialize(event: "message", data: "", id: nil, retry: nil)
    super
    freeze
  end
end
