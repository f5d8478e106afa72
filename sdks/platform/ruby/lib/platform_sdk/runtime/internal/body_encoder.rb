# frozen_string_literal: true

module Internal
  # Internal: request bodies, per the operation's request content type.
  module BodyEncoder
    JSON_MEDIA = %r{\Aapplication/(?:[\w.+-]+\+)?json\z}
    # What a call without a body sends: no body, no Content-Type.
    NO_BODY = [nil, nil].freeze
    private_constant :JSON_MEDIA, :NO_BODY

    module_function

    # The body as a String and its Content-Type, per the operation's request content type.
    # JSON (the default) takes models, Hashes and any JSON value; form-urlencoded and
    # multipart take a model or a Hash; other media types take a String or an IO.
    def encode_body(operation, body)
      where = operation.operation_id
      if body.nil?
        raise InvalidArgumentError, "#{where}: a request body is required" if operation.body_required

        return NO_BODY
      end
      content_type = operation.request_content_type
      if content_type.nil?
        return NO_BODY if body.respond_to?(:empty?) && body.empty?

        raise InvalidArgumentError, "#{where}: this operation takes no request body"
      end
      encode_as(where, media_type(content_type), content_type, body)
    end

    def encode_as(where, media, content_type, body)
      if JSON_MEDIA.match?(media)
        [json(where, body), content_type]
      elsif media == "application/x-www-form-urlencoded"
        [form(fields(where, body)), content_type]
      elsif media == "multipart/form-data"
        Multipart.encode(fields(where, body))
      elsif body.is_a?(String)
        [body, content_type]
      elsif body.respond_to?(:read)
        [body.read, content_type]
      else
        raise InvalidArgumentError, "#{where}: a #{content_type} body must be a String or an IO, not #{body.class}"
      end
    end

    def form(fields)
      URI.encode_www_form(fields.flat_map { |name, value| RequestBuilder.query_pairs(name, value) })
    end

    def json(where, body)
      JSON.generate(Serde.encode(body))
    rescue JSON::GeneratorError, Encoding::UndefinedConversionError => e
      raise InvalidArgumentError, "#{where}: the body cannot be sent as JSON: #{e.message}"
    end

    def fields(where, body)
      return body.to_h if body.is_a?(Model)
      return body.transform_keys(&:to_s) if body.is_a?(Hash)

      raise InvalidArgumentError, "#{where}: a form body must be a model or a Hash, not #{body.class}"
    end

    def media_type(content_type)
      content_type.split(";", 2).first.strip.downcase
    end
  end

  # Internal: multipart/form-data bodies. A file part is an IO (its name from #path) or a
  # FilePart; an Array gives the field once per item.
  module Multipart
    module_function

    def encode(fields)
      boundary = SecureRandom.hex(16)
      body = String.new(encoding: Encoding::BINARY)
      fields.each do |name, value|
        (value.is_a?(Array) ? value : [value]).each do |item|
          next if item.nil?

          body << "--#{boundary}\r\n" << part(name.to_s, item) << "\r\n"
        end
      end
      body << "--#{boundary}--\r\n"
      [body, "multipart/form-data; boundary=#{boundary}"]
    end

    def part(name, item)
      disposition = "Content-Disposition: form-data; name=\"#{quote(name)}\""
      file = file_part(name, item)
      return "#{disposition}\r\n\r\n#{RequestBuilder.stringify(item)}".b unless file

      "#{disposition}; filename=\"#{quote(file.filename)}\"\r\nContent-Type: #{file.content_type}\r\n\r\n".b +
        file.content.to_s.b
    end

    def file_part(name, item)
      return item if item.is_a?(FilePart)
      return nil unless item.respond_to?(:read)

      filename = item.respond_to?(:path) ? File.basename(item.path.to_s) : name
      FilePart.new(filename:, content: item.read)
    end

    def quote(text)
      text.gsub('"', "%22").gsub("\r", "%0D").gsub("\n", "%0A")
    end
  end
end
