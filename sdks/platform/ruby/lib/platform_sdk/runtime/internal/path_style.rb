# frozen_string_literal: true

module Internal
  # Internal: OpenAPI's label (.blue.black) and matrix (;color=blue;color=black) styles of path
  # parameters, exploded or not, each name, key and value percent-encoded on its own.
  module PathStyle
    module_function

    # Whether `param` (a path parameter, or nil) is in the label or matrix style.
    def styled?(param)
      !param.nil? && %w[label matrix].include?(param.style)
    end

    # One (already encoded) value in `style`; "" when there is nothing to send.
    def render(name, value, style, explode)
      return "" if value.respond_to?(:empty?) && value.empty?

      named = ";#{segment(name)}="
      flat = case value
             when Array then list(value, style, explode, named)
             when Hash then object(value, style, explode)
             else segment(RequestBuilder.stringify(value))
             end
      return flat if explode && (value.is_a?(Array) || value.is_a?(Hash))

      style == "label" ? ".#{flat}" : named + flat
    end

    # Exploded: .blue.black or ;color=blue;color=black. Not exploded: blue,black (prefixed by #render).
    def list(value, style, explode, named)
      items = value.map { |item| segment(RequestBuilder.stringify(item)) }
      return items.join(",") unless explode

      lead = style == "label" ? "." : named
      items.map { |item| lead + item }.join
    end

    # Exploded: .R=100.G=200 or ;R=100;G=200. Not exploded: R,100,G,200 (prefixed by #render).
    def object(value, style, explode)
      pairs = value.map { |key, item| [segment(key.to_s), segment(RequestBuilder.stringify(item))] }
      return pairs.flatten.join(",") unless explode

      lead = style == "label" ? "." : ";"
      pairs.map { |key, item| "#{lead}#{key}=#{item}" }.join
    end

    def segment(text)
      RequestBuilder.encode_segment(text)
    end
  end
end
