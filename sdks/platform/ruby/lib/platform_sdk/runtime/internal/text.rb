# frozen_string_literal: true

module Internal
  # Internal: small text helpers for messages.
  module Text
    module_function

    # "; did you mean ...?" naming the words of `dictionary` closest to `name` ("" for none).
    def suggestion(name, dictionary)
      return "" unless defined?(DidYouMean::SpellChecker)

      close = DidYouMean::SpellChecker.new(dictionary:).correct(name).first(3)
      close.empty? ? "" : "; did you mean #{close.map(&:inspect).join(", ")}?"
    end

    # The path and query of an absolute URL (what a message shows); other text as it is.
    def path_of(url)
      return nil if url.nil? || url.empty?

      uri = URI.parse(url)
      return url unless uri.host

      uri.query ? "#{uri.path}?#{uri.query}" : uri.path
    rescue URI::InvalidURIError
      url
    end

    # `url` with the values of the query parameters `names` replaced by REDACTED.
    def redact_query(url, names)
      return url if names.empty? || !url.include?("?")

      base, query = url.split("?", 2)
      pairs = query.split("&").map do |pair|
        key = URI.decode_www_form_component(pair.split("=", 2).first)
        names.include?(key) ? "#{pair.split("=", 2).first}=#{REDACTED}" : pair
      rescue ArgumentError
        pair
      end
      "#{base}?#{pairs.join("&")}"
    end

    # Seconds as a short number: 2 for 2.0, 0.25 for 0.25.
    def seconds(value)
      value = value.to_f
      value == value.floor ? value.to_i.to_s : value.round(3).to_s
    end
  end
end
