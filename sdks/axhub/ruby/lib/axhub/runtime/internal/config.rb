# frozen_string_literal: true

module Internal
  # Internal: the client's settings checked when it is built (or copied by #with_options), and
  # the ones read from the environment. A bad value is refused with InvalidArgumentError then,
  # never at the first call.
  module Config
    # What <PREFIX>_LOG may say: "debug" logs every request and response (secrets redacted) to
    # standard error; "off" (or nothing) logs nothing.
    LOG_VALUES = %w[debug off].freeze
    # http or https, any user info, then the host (a name, an IPv4 address or a bracketed IPv6 one).
    BASE_URL = %r{\Ahttps?://(?:[^/?#@]*@)?(\[[^\]/?#]+\]|[^/?#:\[\]]+)(?::\d*)?(?:[/?#]|\z)}i
    private_constant :BASE_URL

    module_function

    # The variable <PREFIX>_<NAME> of `environment`, stripped; nil when unset or blank (or when
    # the SDK declares no prefix).
    def read(environment, prefix, name)
      return nil if prefix.nil? || prefix.empty?

      value = environment["#{prefix}_#{name}"]
      value.nil? || value.strip.empty? ? nil : value.strip
    end

    # The client's Credentials (the token and the signing key read from <PREFIX>_TOKEN,
    # <PREFIX>_SIGNING_KEY_ID and <PREFIX>_SIGNING_SECRET when not given), refused as
    # #require_credentials says.
    def credentials(client_class, environment, **given)
      prefix = client_class.env_prefix
      { token: "TOKEN", signing_key_id: "SIGNING_KEY_ID", signing_secret: "SIGNING_SECRET" }.each do |key, name|
        given[key] = read(environment, prefix, name) if given[key].nil?
      end
      credentials = Credentials.new(**given)
      require_credentials(client_class.name, client_class.operations || {}, credentials, client_class.env_prefix)
      credentials
    end

    # Refuse a client that could send no call: every operation requires credentials, none was given
    # (as an argument or as <PREFIX>_TOKEN), and no scheme is one the transport supplies (mutualTLS).
    def require_credentials(owner, operations, credentials, prefix)
      return if credentials.given? || operations.empty?

      schemes = operations.each_value.map(&:security)
      return unless schemes.all? { |accepted| accepted && !accepted.empty? }

      kinds = schemes.flatten.uniq
      return if kinds.any? { |scheme| scheme.kind == "mutualTLS" }

      raise InvalidArgumentError, "#{owner}: every operation needs credentials and none was given: pass " \
                                  "#{credential_options(kinds, prefix).join(" or ")}"
    end

    # How each of `schemes` is given to the client.
    def credential_options(schemes, prefix)
      schemes.flat_map do |scheme|
        case scheme.kind
        when "apiKey" then scheme.signature ? signing_options(prefix) : ["api_key:"]
        when "http" then scheme.scheme.casecmp?("basic") ? ["username: and password:"] : token_options(prefix)
        when "oauth2" then [*token_options(prefix), "client_id: and client_secret:"]
        else token_options(prefix)
        end
      end.uniq
    end

    def token_options(prefix)
      prefix.nil? || prefix.empty? ? ["token:"] : ["token: (or #{prefix}_TOKEN)"]
    end

    def signing_options(prefix)
      given = "signing_key_id: and signing_secret:"
      prefix.nil? || prefix.empty? ? [given] : ["#{given} (or #{prefix}_SIGNING_KEY_ID and #{prefix}_SIGNING_SECRET)"]
    end

    # The tenant <PREFIX>_<suffix> names, for an API that declares a tenant header (TenantHeader#env).
    def tenant(declared, environment, prefix)
      return nil if declared.nil? || declared.env.empty?

      read(environment, prefix, declared.env)
    end

    # `settings` with the API's tenant option (TenantHeader#option) given as `tenant_id`, the
    # keyword the client takes.
    def tenant_option(declared, settings)
      option = declared&.option
      return settings unless option && option != :tenant_id && settings.key?(option)

      settings.except(option).merge(tenant_id: settings[option])
    end

    # A session store must answer `load` and `save` (nil: none).
    def session_store(value)
      return value if value.nil? || (value.respond_to?(:load) && value.respond_to?(:save))

      raise InvalidArgumentError, "session_store must respond to load and save (got #{value.class})"
    end

    # The logger <PREFIX>_LOG asks for, or nil.
    def env_logger(environment, prefix)
      value = read(environment, prefix, "LOG")
      return nil if value.nil? || value.casecmp?("off")
      return StderrLogger.new if value.casecmp?("debug")

      raise InvalidArgumentError, "#{prefix}_LOG must be one of #{LOG_VALUES.join(", ")} (got #{value.inspect})"
    end

    # An absolute http(s) URL with a host, without the trailing slashes. Only the scheme and the
    # host are checked: the rest (a path with characters a request target may not hold, say) is
    # left to the request builder, which escapes what it must.
    def base_url(owner, url, name = "base_url")
      raise InvalidArgumentError, "#{owner}: #{name} is required" if url.nil? || url.to_s.empty?

      text = url.to_s.sub(%r{/+\z}, "")
      host = BASE_URL.match(text)&.[](1)
      return text.freeze if host && !host.match?(/\s/)

      raise InvalidArgumentError,
            "#{owner}: #{name} must be an absolute http(s) URL with a host, such as https://api.example.com " \
            "(got #{url.to_s.inspect})"
    end

    # A number of seconds > 0 (an Integer or a Float; not a String).
    def seconds(name, value)
      return value.to_f if value.is_a?(Numeric) && !value.is_a?(Complex) && value.positive?

      raise InvalidArgumentError, "#{name} must be a number of seconds > 0 (got #{value.inspect})"
    end

    # [timeout, open_timeout] of each attempt of a call: its options' (checked), else the client's.
    def timeouts(options, timeout, open_timeout)
      [options.timeout ? seconds(:timeout, options.timeout) : timeout,
       options.open_timeout ? seconds(:open_timeout, options.open_timeout) : open_timeout]
    end

    # Retries after the first attempt: an Integer >= 0.
    def retries(value)
      return value if value.is_a?(Integer) && !value.negative?

      raise InvalidArgumentError, "max_retries must be an Integer >= 0 (got #{value.inspect})"
    end

    # Headers sent with every request: a Hash (or nil), names and values made Strings.
    def headers(value)
      return (value || {}).to_h { |name, item| [name.to_s, item.to_s] } if value.nil? || value.is_a?(Hash)

      raise InvalidArgumentError, "headers must be a Hash of names to values (got #{value.class})"
    end

    # A hook must answer `call` (nil: none).
    def callable(name, value)
      return value if value.nil? || value.respond_to?(:call)

      raise InvalidArgumentError, "#{name} must respond to call (got #{value.class})"
    end

    # A logger must answer `debug` with a block (nil: none).
    def logger(value)
      return value if value.nil? || value.respond_to?(:debug)

      raise InvalidArgumentError, "logger must respond to debug, as a Logger does (got #{value.class})"
    end
  end

  # Internal: what <PREFIX>_LOG=debug logs to: one line per message on standard error.
  class StderrLogger
    def debug(message = nil)
      $stderr.print(message || yield, "\n")
      true
    end
  end
end
