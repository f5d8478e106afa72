# frozen_string_literal: true

require_relative "test_helper"

# Request encoding the AxHub spec does not use but other specs do: parameter styles, cookies,
# form and multipart bodies, raw bodies. Sent through the client with hand-made operations.
class EncodingTest < SdkTest::TestCase
  def operation(content_type: nil, params: [], http_method: "POST")
    AxHub::Operation.new(operation_id: "testOp", http_method:, path: "/things/{id}",
                         params: [AxHub::Param.new(name: "id", location: "path", required: true), *params],
                         request_content_type: content_type, responses: { "200" => :any })
  end

  def send_op(described, **arguments)
    @server.replies([200, {}, { "ok" => true }])
    client.call(described, path_params: { id: "t1" }, **arguments)
    @server.received.first
  end

  def test_query_styles_and_cookie_parameters
    params = [
      AxHub::Param.new(name: "tags", location: "query"),
      AxHub::Param.new(name: "ids", location: "query", style: "pipeDelimited", explode: false),
      AxHub::Param.new(name: "filter", location: "query", style: "deepObject", explode: true),
      AxHub::Param.new(name: "session", location: "cookie")
    ]
    received = send_op(operation(params:, http_method: "GET"),
                       query: { tags: %w[a b], ids: [1, 2], filter: { "state" => "on", "n" => 2 }, session: "s 1",
                                flag: true })
    assert_equal [%w[tags a], %w[tags b], %w[ids 1|2], ["filter[state]", "on"], ["filter[n]", "2"], %w[flag true]],
                 received.query
    assert_equal "session=s%201", received.header("cookie")
  end

  def test_form_urlencoded_body
    received = send_op(operation(content_type: "application/x-www-form-urlencoded"),
                       body: { "To" => "+15551234567", "Body" => "hi there", "MediaUrl" => %w[u1 u2] })
    assert_equal "application/x-www-form-urlencoded", received.header("content-type")
    assert_equal [["To", "+15551234567"], ["Body", "hi there"], %w[MediaUrl u1], %w[MediaUrl u2]],
                 URI.decode_www_form(received.body)
  end

  def test_multipart_body_with_files
    file = AxHub::FilePart.new(filename: "a.txt", content: "hello", content_type: "text/plain")
    received = send_op(operation(content_type: "multipart/form-data"),
                       body: { "name" => "x", "file" => file, "io" => StringIO.new("io data") })
    boundary = received.header("content-type")[/boundary=(\h+)/, 1]
    refute_nil boundary
    body = received.body
    assert_includes body, "Content-Disposition: form-data; name=\"name\"\r\n\r\nx\r\n"
    assert_includes body, "name=\"file\"; filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    assert_includes body, "name=\"io\"; filename=\"io\"\r\nContent-Type: application/octet-stream\r\n\r\nio data"
    assert body.end_with?("--#{boundary}--\r\n")
  end

  def test_raw_bodies_and_bad_json
    received = send_op(operation(content_type: "application/octet-stream"), body: "\x00\x01".b)
    assert_equal "\x00\x01".b, received.body.b
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.call(operation(content_type: "application/json"), path_params: { id: "t1" }, body: { "x" => Float::NAN })
    end
    assert_match(/testOp: the body cannot be sent as JSON/, error.message)
    assert_raises(AxHub::InvalidArgumentError) do
      client.call(operation(content_type: "text/plain"), path_params: { id: "t1" }, body: 42)
    end
  end

  def test_options_are_checked
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.call(operation, path_params: { id: "t1" }, options: { timeot: 1 })
    end
    assert_match(/unknown request option\(s\) timeot/, error.message)
    assert_raises(AxHub::InvalidArgumentError) { client.call(operation, path_params: "t1") }
  end
end
