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
  # OpenAPI 3.1's path style examples (color = "blue" / ["blue", "black", "brown"] / {R: 100, G: 200, B: 150}),
  # sent through the client to the test server, which records the path as it went on the wire.
  COLOR_ARRAY = %w[blue black brown].freeze
  COLOR_OBJECT = { "R" => 100, "G" => 200, "B" => 150 }.freeze
  PATH_STYLE_TABLE = [
    ["simple", false, "blue", "blue"],
    ["simple", false, COLOR_ARRAY, "blue,black,brown"],
    ["simple", false, COLOR_OBJECT, "R,100,G,200,B,150"],
    ["simple", true, "blue", "blue"],
    ["simple", true, COLOR_ARRAY, "blue,black,brown"],
    ["simple", true, COLOR_OBJECT, "R=100,G=200,B=150"],
    ["label", false, "blue", ".blue"],
    ["label", false, COLOR_ARRAY, ".blue,black,brown"],
    ["label", false, COLOR_OBJECT, ".R,100,G,200,B,150"],
    ["label", true, "blue", ".blue"],
    ["label", true, COLOR_ARRAY, ".blue.black.brown"],
    ["label", true, COLOR_OBJECT, ".R=100.G=200.B=150"],
    ["matrix", false, "blue", ";color=blue"],
    ["matrix", false, COLOR_ARRAY, ";color=blue,black,brown"],
    ["matrix", false, COLOR_OBJECT, ";color=R,100,G,200,B,150"],
    ["matrix", true, "blue", ";color=blue"],
    ["matrix", true, COLOR_ARRAY, ";color=blue;color=black;color=brown"],
    ["matrix", true, COLOR_OBJECT, ";R=100;G=200;B=150"],
    # Reserved characters in names, keys and values are percent-encoded one by one.
    ["label", true, ["a,b;c", "x/y.z"], ".a%2Cb%3Bc.x%2Fy.z"],
    ["matrix", true, ["a,b;c", "x/y.z"], ";color=a%2Cb%3Bc;color=x%2Fy.z"],
    ["matrix", false, { "k=1" => "v&2" }, ";color=k%3D1,v%262"],
    ["matrix", true, { "k=1" => "v&2" }, ";k%3D1=v%262"],
    ["label", false, { "k=1" => "v&2" }, ".k%3D1,v%262"]
  ].freeze

  def styled(style, explode)
    AxHub::Operation.new(operation_id: "paint", http_method: "GET", path: "/paint/{color}/now",
                         params: [AxHub::Param.new(name: "color", location: "path", required: true, style:, explode:)],
                         responses: { "204" => nil })
  end

  def test_path_styles_follow_the_openapi_style_table
    @server.replies([204, {}, nil])
    PATH_STYLE_TABLE.each do |style, explode, value, expected|
      client.call(styled(style, explode), path_params: { color: value })
      received = @server.received # each call's request, taken off the server's list
      assert_equal ["/paint/#{expected}/now"], received.map(&:path), "#{style} explode=#{explode}"
    end
  end

  def test_empty_label_and_matrix_path_values_are_refused
    %w[label matrix].each do |style|
      ["", [], {}, nil].each do |empty|
        error = assert_raises(AxHub::InvalidArgumentError) do
          client.call(styled(style, true), path_params: { color: empty })
        end
        assert_match(/"color" is required/, error.message)
      end
    end
    assert_empty @server.received
  end
end
