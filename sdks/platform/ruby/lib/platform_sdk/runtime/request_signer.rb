# frozen_string_literal: true

# Public: signs requests as a RequestSignature says, with a key id and its secret. The client
# uses one for every attempt of an operation whose security scheme has a signature (when it holds
# `signing_key_id` and `signing_secret`); a user can sign by hand with one too:
#
#   signer = Client.request_signer(key_id: "agt_1", secret: ENV.fetch("AGENT_SECRET"))
#   headers = signer.sign("POST", "/agent/heartbeat", '{"version":"1.0"}')
#
# `clock` (Unix seconds) and `nonce` (a String) are injectable for tests; by default the time
# now and the hex of `nonce_bytes` random bytes, fresh for every signature.
class RequestSigner
  # The parts a canonical string may list (RequestSignature#canonical).
  PARTS = %w[method target timestamp nonce bodySha256].freeze
  ENCODINGS = %w[hex base64].freeze
  # scheme://authority at the start of an absolute URL.
  ORIGIN = %r{\A[A-Za-z][A-Za-z0-9+.\-]*://[^/?#]*}
  private_constant :ORIGIN

  # @return [String]
  attr_reader :key_id
  # @return [RequestSignature]
  attr_reader :signature

  # @param key_id [String] sent in the key id header
  # @param secret [String] the HMAC key; never shown (not by #inspect either)
  # @param signature [RequestSignature, SecurityScheme] how to sign (a scheme: its signature)
  # @param clock [#call, nil] Unix seconds now
  # @param nonce [#call, nil] a fresh nonce (a String) per signature
  # @raise [InvalidArgumentError] for a blank key id or secret, or a signature this runtime cannot make
  def initialize(key_id:, secret:, signature:, clock: nil, nonce: nil)
    @signature = self.class.check(signature.is_a?(SecurityScheme) ? signature.signature : signature)
    raise InvalidArgumentError, "signing_key_id must be a non-empty String" if key_id.to_s.empty?
    raise InvalidArgumentError, "signing_secret must be a non-empty String" if secret.to_s.empty?

    @key_id = key_id.to_s.freeze
    @secret = secret.to_s.dup.force_encoding(Encoding::BINARY).freeze
    @clock = Internal::Config.callable(:clock, clock) || -> { Time.now.to_i }
    @nonce = Internal::Config.callable(:nonce, nonce) || -> { SecureRandom.hex(@signature.nonce_bytes) }
    freeze
  end

  # The signature headers of one request: key id, timestamp, nonce and signature.
  #
  # @param http_method [String] GET, POST, ... (upper-cased here)
  # @param target [String] the path and query exactly as sent ("/agent/jobs/j_1/result?x=1")
  # @param body [String, nil] the body bytes (nil: no body)
  # @return [Hash{String => String}]
  def sign(http_method, target, body = nil)
    timestamp = Integer(@clock.call).to_s
    nonce = @nonce.call.to_s
    values = { "method" => http_method.to_s.upcase, "target" => target.to_s, "timestamp" => timestamp,
               "nonce" => nonce, "bodySha256" => OpenSSL::Digest::SHA256.hexdigest(body.to_s) }
    canonical = @signature.canonical.map { |part| values.fetch(part) }.join(@signature.separator)
    { @signature.key_id_header => @key_id, @signature.timestamp_header => timestamp,
      @signature.nonce_header => nonce, @signature.signature_header => encode(mac(canonical)) }
  end

  # Sign an HTTPRequest in place (its method, the target of its URL and its body): what the
  # client does to every attempt, after the URL and the body are final.
  #
  # @param request [HTTPRequest]
  # @return [HTTPRequest]
  def call(request)
    sign(request.http_method, self.class.target_of(request.url), request.body).each do |name, value|
      request[name] = value
    end
    request
  end

  def inspect
    "#<#{self.class.name} key_id=#{@key_id.inspect} #{@signature.algorithm}>"
  end
  alias to_s inspect

  class << self
    # The request target of an absolute URL: its path and query as a transport sends them ("/"
    # for none; a fragment is never sent).
    #
    # @param url [String]
    # @return [String]
    def target_of(url)
      rest = url.to_s.sub(ORIGIN, "").sub(/#.*\z/m, "")
      rest.start_with?("/") ? rest : "/#{rest}"
    end

    # @api private
    # Sign one attempt of a client's call with its signing key (Internal::Credentials), the time
    # from its `wall_clock` (epoch seconds).
    def attempt(credentials, signature, wall_clock, request)
      new(key_id: credentials.signing_key_id, secret: credentials.signing_secret, signature:,
          clock: -> { wall_clock.call.floor }).call(request)
    end

    # The signature of the client class's signed security scheme: the first with one, or the one
    # named `name`.
    #
    # @return [RequestSignature]
    # @raise [InvalidArgumentError] when there is none
    def scheme_of(client_class, name = nil)
      schemes = (client_class.operations || {}).each_value.flat_map { |operation| operation.security || [] }.uniq
      found = schemes.find { |scheme| scheme.signature && (name.nil? || scheme.name == name.to_s) }
      return found.signature if found

      raise InvalidArgumentError, "#{client_class.name}: no signed security scheme#{" named #{name}" if name}"
    end

    # The signature, refused with InvalidArgumentError unless this runtime can make it.
    #
    # @return [RequestSignature]
    def check(signature)
      raise InvalidArgumentError, "signature must be a RequestSignature (got #{signature.class})" \
        unless signature.is_a?(RequestSignature)
      raise InvalidArgumentError, "unsupported signature algorithm #{signature.algorithm.inspect}" \
        unless signature.algorithm.to_s.casecmp?("hmac-sha256")
      raise InvalidArgumentError, "unsupported signature encoding #{signature.encoding.inspect}" \
        unless ENCODINGS.include?(signature.encoding)

      unknown = signature.canonical - PARTS
      raise InvalidArgumentError, "unknown canonical part(s) #{unknown.join(", ")}" unless unknown.empty?

      signature
    end
  end

  private

  def mac(canonical)
    OpenSSL::HMAC.digest("SHA256", @secret, canonical.encode(Encoding::UTF_8).b)
  end

  def encode(bytes)
    @signature.encoding == "base64" ? [bytes].pack("m0") : bytes.unpack1("H*")
  end
end
