# frozen_string_literal: true

# A webhook delivery refused by WebhookVerifier: no signature, a signature no secret makes, or a
# body that is not a JSON object.
class WebhookVerificationError < Error
end

# Public: how the API signs the webhook deliveries it sends (`x-sdkgen-webhook-signature`): the
# HMAC (`algorithm`) of the raw body, keyed with the whole secret (`secret_prefix` included), in
# `encoding` (lower-case hex or base64) in the `header`. `test_header` marks test deliveries;
# `event_field` names the payload's event type, and `events` maps each type to its Serde type.
WebhookSignature = Struct.new(:header, :algorithm, :encoding, :secret_prefix, :test_header, :event_field, :events,
                              keyword_init: true) do
  def initialize(header:, algorithm: "hmac-sha256", encoding: "hex", secret_prefix: "", test_header: "",
                 event_field: "type", events: {})
    super(header: header.to_s.freeze, algorithm: algorithm.to_s.freeze, encoding: encoding.to_s.freeze,
          secret_prefix: secret_prefix.to_s.freeze, test_header: test_header.to_s.freeze,
          event_field: event_field.to_s.freeze, events: events.freeze)
    freeze
  end
end

# One verified delivery: its event `type`, the `event` decoded into the model the spec gives that
# type (a Hash for a type the SDK does not know), and whether it was a `test` delivery.
WebhookDelivery = Struct.new(:type, :event, :test, keyword_init: true) do
  def test?
    test
  end
end

# Public: checks that a webhook delivery comes from the API. Give it the webhook's secret, or the
# two secrets valid during a rotation (the old and the new); #verify takes the raw body (the bytes
# as received, before any JSON parsing) and the request's headers.
#
#   verifier = PlatformSdk::Client.webhook_verifier(ENV.fetch("WEBHOOK_SECRET"))
#   delivery = verifier.verify(request.body.read, request.headers)  # raises WebhookVerificationError
#   delivery.event # => the typed event
class WebhookVerifier
  DIGESTS = { "hmac-sha256" => "SHA256", "hmac-sha512" => "SHA512", "hmac-sha1" => "SHA1" }.freeze
  private_constant :DIGESTS

  # @param signature [WebhookSignature] how the API signs
  # @param secrets [String, Array<String>] one secret, or two during a rotation
  # @raise [InvalidArgumentError] for no secret, more than two, or one without the API's prefix
  def initialize(signature, secrets)
    @signature = signature
    @digest = DIGESTS.fetch(signature.algorithm) do
      raise InvalidArgumentError, "webhook signatures use #{signature.algorithm}, which this SDK cannot check"
    end
    @secrets = checked_secrets(Array(secrets))
  end

  # Verify a delivery and decode its event.
  #
  # @param body [String] the raw request body
  # @param headers [Hash{String => String}] the request's headers (any case)
  # @return [WebhookDelivery]
  # @raise [WebhookVerificationError] when the signature is missing or wrong, or the body is not a JSON object
  def verify(body, headers)
    raise InvalidArgumentError, "body must be the raw request body, a String (got #{body.class})" \
      unless body.is_a?(String)

    given = header(headers, @signature.header)
    raise WebhookVerificationError, "no #{@signature.header} header: not a signed delivery" if given.nil?
    raise WebhookVerificationError, "the #{@signature.header} signature matches none of the secrets" \
      unless signed?(body.b, given.strip)

    decode(body, headers)
  end

  def inspect
    "#<#{self.class.name} #{@secrets.length} secret(s)>"
  end

  private

  def checked_secrets(secrets)
    raise InvalidArgumentError, "give the webhook's secret (or two during a rotation), got #{secrets.length}" \
      unless (1..2).cover?(secrets.length)

    prefix = @signature.secret_prefix
    secrets.map do |secret|
      raise InvalidArgumentError, "a webhook secret must be a non-empty String" \
        unless secret.is_a?(String) && !secret.empty?
      raise InvalidArgumentError, "a webhook secret starts with #{prefix.inspect}" unless secret.start_with?(prefix)

      secret.encode(Encoding::UTF_8).b.freeze
    end.freeze
  end

  # Every secret is tried (no early exit), each comparison in constant time.
  def signed?(body, given)
    @secrets.map { |secret| OpenSSL.secure_compare(expected(secret, body), given) }.any?
  end

  def expected(secret, body)
    bytes = OpenSSL::HMAC.digest(@digest, secret, body)
    @signature.encoding == "base64" ? [bytes].pack("m0") : bytes.unpack1("H*")
  end

  def decode(body, headers)
    data = begin
      JSON.parse(body)
    rescue JSON::ParserError => e
      raise WebhookVerificationError, "the delivery's body is not JSON: #{e.message}"
    end
    raise WebhookVerificationError, "the delivery's body is not a JSON object" unless data.is_a?(Hash)

    type = data[@signature.event_field]
    known = @signature.events[type]
    event = known ? Internal::Serde.decode!(data, known) : data
    test = !@signature.test_header.empty? && header(headers, @signature.test_header).to_s.strip.casecmp?("true")
    WebhookDelivery.new(type:, event:, test:)
  end

  def header(headers, name)
    (headers || {}).each { |key, value| return Array(value).first.to_s if key.to_s.casecmp?(name) }
    nil
  end
end
