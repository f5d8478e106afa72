# frozen_string_literal: true

# Public: per-call settings; each one left nil keeps the client's.
#
# Every method takes `options:` as a RequestOptions or a Hash with the same keys:
#
#   client.deployments.deploy_get_api_v1_apps_by_app_id_deployments(
#     path_params: { "appID" => id }, options: { timeout: 5, max_retries: 0 }
#   )
class RequestOptions
  KEYS = [:timeout, :open_timeout, :max_retries, :headers, :idempotency_key, :extra_query].freeze

  # @return [Float, nil] seconds to read (and write) each attempt
  attr_reader :timeout
  # @return [Float, nil] seconds to open the connection of each attempt
  attr_reader :open_timeout
  # @return [Integer, nil] retries after the first attempt
  attr_reader :max_retries
  # @return [Hash{String => String}] headers added over the client's
  attr_reader :headers
  # @return [String, nil] the Idempotency-Key to send (else one is made for POSTs)
  attr_reader :idempotency_key
  # @return [Hash{String => Object}] query parameters added to the operation's
  attr_reader :extra_query

  def initialize(timeout: nil, open_timeout: nil, max_retries: nil, headers: nil, idempotency_key: nil,
                 extra_query: nil)
    raise InvalidArgumentError, "max_retries must be >= 0 (got #{max_retries})" if max_retries&.negative?

    @timeout = timeout
    @open_timeout = open_timeout
    @max_retries = max_retries
    @headers = (headers || {}).to_h { |name, value| [name.to_s, value.to_s] }.freeze
    @idempotency_key = idempotency_key
    @extra_query = (extra_query || {}).transform_keys(&:to_s).freeze
    freeze
  end

  # A RequestOptions from nil, a Hash of the same keys, or a RequestOptions.
  #
  # @param value [RequestOptions, Hash, nil]
  # @return [RequestOptions]
  def self.coerce(value)
    case value
    when RequestOptions then value
    when nil then DEFAULT
    when Hash
      unknown = value.keys.map(&:to_sym) - KEYS
      raise InvalidArgumentError, "unknown request option(s) #{unknown.join(", ")}; known: #{KEYS.join(", ")}" \
        unless unknown.empty?

      new(**value.transform_keys(&:to_sym))
    else
      raise InvalidArgumentError, "options must be a RequestOptions or a Hash, not #{value.class}"
    end
  end

  # No per-call settings (frozen, so every call without options can share it).
  DEFAULT = new
end
