# frozen_string_literal: true

module Internal
  # Internal: JSON values ⇄ Ruby values, driven by the type descriptions generated code writes.
  #
  # A type is one of:
  # - :any, :string, :integer, :number, :boolean, :binary, :date_time, :date
  # - a capitalised Symbol: the model, enum or union of that name in the SDK's Models module
  # - [:array, type], [:map, type], [:nullable, type], [:union, type, ...], [:const, value]
  #
  # Decoding is forgiving on purpose: a value that does not fit its type is kept as it came,
  # so a response the SDK does not fully understand still decodes.
  module Serde
    # Decoders of the primitive types that change a JSON value (the others keep it).
    DECODERS = {
      number: ->(data) { data.is_a?(Integer) ? data.to_f : data },
      date_time: ->(data) { (data.is_a?(String) && Times.parse_time(data)) || data },
      date: ->(data) { (data.is_a?(String) && Times.parse_date(data)) || data }
    }.freeze

    # Whether a JSON value (not null) is one of a primitive type.
    CHECKS = {
      any: ->(_data) { true },
      string: ->(data) { data.is_a?(String) },
      binary: ->(data) { data.is_a?(String) },
      integer: ->(data) { data.is_a?(Integer) },
      number: ->(data) { data.is_a?(Numeric) },
      boolean: ->(data) { [true, false].include?(data) },
      date_time: ->(data) { data.is_a?(String) && !Times.parse_time(data).nil? },
      date: ->(data) { data.is_a?(String) && !Times.parse_date(data).nil? }
    }.freeze
    # Composite types whose decoders are kept (past this, one is built per use).
    MAX_COMPOSITES = 1024
    private_constant :DECODERS, :CHECKS, :MAX_COMPOSITES

    module_function

    # Decode the JSON value `data` as `type`; never raises for bad data. `data` is left as it
    # was: the decoding works on a copy of its Hashes and Arrays.
    def decode(data, type)
      return data if data.nil?

      decode!(copy(data), type)
    end

    # Like #decode, but reuses `data`'s Hashes and Arrays, changing them in place (a model keeps
    # its Hash as its values): for a tree nobody else holds, such as what JSON.parse just gave.
    def decode!(data, type)
      return data if data.nil?
      return resolve(type).decode!(data) if named?(type)

      decoder = type.is_a?(Array) ? composite_decoder(type) : DECODERS[type]
      decoder ? decoder.call(data) : data
    end

    # A copy of the Hashes and Arrays of a JSON-like tree (other values shared), for #decode!.
    def copy(data)
      case data
      when Hash then data.transform_values { |value| copy(value) }
      when Array then data.map { |item| copy(item) }
      else data
      end
    end

    # What decodes a (non-nil) value of `type` the way #decode! does, resolved once so that
    # models keep it per attribute: nil when the value is kept as it is (strings, integers,
    # enums, ...), else a callable.
    def decoder_for(type)
      return composite_decoder(type) if type.is_a?(Array)
      return DECODERS[type] unless named?(type)

      target = resolve(type)
      return nil if target.is_a?(Module) && target.method(:decode!).owner == Enum # enums keep the value

      target.method(:decode!)
    end

    # The decoder of an Array type, built once per type (the types are the generated constants).
    def composite_decoder(type)
      cache = (@composites ||= {})
      return cache[type] if cache.key?(type)

      decoder = build_composite(type)
      cache[type.dup.freeze] = decoder if cache.size < MAX_COMPOSITES
      decoder
    end

    def build_composite(type)
      kind, *args = type
      case kind
      when :array then array_decoder(decoder_for(args[0]))
      when :map then map_decoder(decoder_for(args[0]))
      when :nullable then decoder_for(args[0])
      when :union then union_decoder(args)
      end
    end

    # Items decoded in place; nil (keep) when the items need no decoding.
    def array_decoder(item)
      return nil unless item

      lambda do |data|
        next data unless data.is_a?(Array)

        data = data.dup if data.frozen?
        data.map! { |value| value.nil? ? value : item.call(value) }
      end
    end

    # A map always gets String keys.
    def map_decoder(item)
      lambda do |data|
        next data unless data.is_a?(Hash)

        data.to_h { |key, value| [key.to_s, item.nil? || value.nil? ? value : item.call(value)] }
      end
    end

    def union_decoder(options)
      lambda do |data|
        variant = options.find { |option| fits?(data, option) }
        variant ? decode!(data, variant) : data
      end
    end

    # Would `data` decode as `type` without keeping raw values (used to pick union variants)?
    def fits?(data, type, nullable: false)
      return nullable || type.nil? || type == :any || nullable_type?(type) if data.nil?
      return fits_composite?(data, type) if type.is_a?(Array)
      return true if type.nil?
      return resolve(type).fits?(data) if named?(type)

      check = CHECKS[type]
      check ? check.call(data) : false
    end

    # A JSON-ready value: models to Hashes with wire keys, times to ISO 8601 (UTC, "Z"),
    # dates to ISO 8601, Symbols to Strings, Hash keys to Strings, collections recursively.
    def encode(value)
      case value
      when Model, RedirectResult then value.to_h
      when Hash then value.each_with_object({}) { |(key, item), out| out[key.to_s] = encode(item) }
      when Array, Set then value.map { |item| encode(item) }
      when Time then Times.format_time(value)
      when DateTime then Times.format_time(value.to_time)
      when Date then value.iso8601
      when Symbol then value.to_s
      else value
      end
    end

    # The value under JSON key `wire` of a decoded model or a Hash (String or Symbol keys).
    def wire_get(object, wire)
      case object
      when Model then object[wire.to_s]
      when Hash then object.key?(wire.to_s) ? object[wire.to_s] : object[wire.to_sym]
      end
    end

    def fits_composite?(data, type)
      kind, *args = type
      case kind
      when :array then data.is_a?(Array) && data.all? { |item| fits?(item, args[0]) }
      when :map then data.is_a?(Hash) && data.each_value.all? { |item| fits?(item, args[0]) }
      when :nullable then fits?(data, args[0])
      when :union then args.any? { |option| fits?(data, option) }
      when :const then data == args[0] && data.instance_of?(args[0].class)
      else false
      end
    end

    def nullable_type?(type)
      return false unless type.is_a?(Array)

      type[0] == :nullable || (type[0] == :union && type[1..].any? { |option| nullable_type?(option) })
    end

    # Symbol#name is a cached frozen String: no allocation on this hot path.
    def named?(type)
      type.is_a?(Symbol) && type.name.match?(/\A[A-Z]/)
    end

    # The model, enum or union a capitalised Symbol names, in the SDK's Models module.
    def resolve(name)
      Models.const_get(name, false)
    end
  end

  # Internal: dates and times as JSON carries them (RFC 3339 / ISO 8601).
  module Times
    DATE_TIME = /
      \A(\d{4})-(\d{2})-(\d{2})[Tt\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?
      \s*(?:([Zz])|([+-])(\d{2}):?(\d{2})?)?\z
    /x
    # What #common_time reads: seconds, up to 6 fraction digits, "Z" or "+HH:MM".
    COMMON_TIME = /\A\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?(?:Z|[+-]\d\d:\d\d)\z/
    DATE = /\A(\d{4})-(\d{2})-(\d{2})\z/
    private_constant :DATE_TIME, :COMMON_TIME, :DATE

    module_function

    # ISO 8601 in UTC with "Z": seconds, milliseconds or microseconds as the value needs.
    def format_time(time)
      time = time.getutc
      digits = if time.nsec.zero? then 0
               elsif (time.nsec % 1_000_000).zero? then 3
               else
                 6
               end
      time.iso8601(digits)
    end

    # RFC 3339 / ISO 8601 text to a Time (an offset kept; none means UTC); nil when it is not one.
    def parse_time(text)
      (COMMON_TIME.match?(text) && common_time(text)) || general_time(text)
    end

    # The form servers nearly always send ("2025-05-01T10:00:00.123Z", "...+09:00"), read by
    # position with integer arithmetic on the bytes (48 is "0"): no Rational, no zone to parse
    # for UTC, no method call per digit. Anything it does not take goes to #general_time, which
    # gives the same Time for these.
    def common_time(text) # rubocop:disable Metrics/AbcSize -- byte arithmetic, one line per field
      size = text.bytesize
      year = (text.getbyte(0) * 1000) + (text.getbyte(1) * 100) + (text.getbyte(2) * 10) + text.getbyte(3) - 53_328
      month = (text.getbyte(5) * 10) + text.getbyte(6) - 528
      day = (text.getbyte(8) * 10) + text.getbyte(9) - 528
      hour = (text.getbyte(11) * 10) + text.getbyte(12) - 528
      minute = (text.getbyte(14) * 10) + text.getbyte(15) - 528
      second = (text.getbyte(17) * 10) + text.getbyte(18) - 528
      return Time.utc(year, month, day, hour, minute, second) if size == 20 # whole seconds and "Z"

      utc = text.getbyte(size - 1) == 90 # "Z"
      fraction_end = utc ? size - 1 : size - 6
      usec = fraction_end > 19 ? text.byteslice(20, fraction_end - 20).ljust(6, "0").to_i : 0
      return Time.utc(year, month, day, hour, minute, second, usec) if utc

      second += Rational(usec, 1_000_000) unless usec.zero?
      Time.new(year, month, day, hour, minute, second, text.byteslice(size - 6, 6))
    rescue ArgumentError
      nil
    end

    def general_time(text)
      match = DATE_TIME.match(text.strip)
      return nil unless match

      year, month, day, hour, minute, second, fraction, _zulu, sign, offset_hours, offset_minutes = match.captures
      seconds = Rational(second.to_i) + (fraction ? Rational(fraction.to_i, 10**fraction.length) : 0)
      zone = sign ? "#{sign}#{offset_hours}:#{offset_minutes || "00"}" : "UTC"
      Time.new(year.to_i, month.to_i, day.to_i, hour.to_i, minute.to_i, seconds, zone)
    rescue ArgumentError
      nil
    end

    # "YYYY-MM-DD" to a Date; nil when it is not one.
    def parse_date(text)
      match = DATE.match(text.strip)
      match ? Date.new(*match.captures.map(&:to_i)) : nil
    rescue Date::Error
      nil
    end
  end
end
