# frozen_string_literal: true

module Internal
  # Internal: the base URL of each host some operations go to (Operation#host), beside the
  # client's base_url: each given as `<key>_base_url`, else read from <PREFIX>_<KEY>_BASE_URL,
  # else the spec's; each checked as Config.base_url checks base_url. Frozen.
  class Hosts
    # @param owner [String] the client class's name, for the errors
    # @param defaults [Hash{String => String}] key => the spec's base URL
    # @param given [Hash{String => String, nil}, nil] key => the URL given
    # @param environment [#[]]
    # @param prefix [String, nil]
    def self.build(owner, defaults, given, environment, prefix)
      given ||= {}
      unknown = given.keys.map(&:to_s) - defaults.keys
      unless unknown.empty?
        raise InvalidArgumentError,
              "#{owner}: unknown host(s) #{unknown.join(", ")}; known: #{defaults.keys.join(", ")}"
      end

      new(owner, defaults.to_h do |key, default|
        [key, given[key] || given[key.to_sym] || Config.read(environment, prefix, "#{key.upcase}_BASE_URL") || default]
      end)
    end

    def initialize(owner, urls)
      @owner = owner
      @urls = urls.to_h do |key, url|
        checked = Config.base_url(owner, url, "#{key}_base_url")
        [key, [checked, PlainURL.base?(checked)].freeze]
      end.freeze
      freeze
    end

    # [base URL, whether it is plain (see PlainURL)] of the host `key`.
    def of(key, operation_id = nil)
      @urls.fetch(key.to_s) do
        raise InvalidArgumentError, "#{"#{operation_id} goes to " if operation_id}host #{key.to_s.inspect}, " \
                                    "which #{@owner} does not declare"
      end
    end

    # A copy with the URLs of some hosts changed (key => URL).
    def merge(changes)
      return self if changes.empty?

      Hosts.new(@owner, @urls.transform_values(&:first).merge(changes))
    end

    def inspect
      "#<#{self.class.name} #{@urls.transform_values(&:first)}>"
    end
  end
end
