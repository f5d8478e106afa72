# frozen_string_literal: true

require_relative "platform_helper"
require "openssl"

# x-sdkgen-webhook-signature: the verifier checks the HMAC of the raw body with one or two
# secrets, refuses anything else with its own error, and decodes the typed event.
class WebhookTest < Minitest::Test
  OLD = "whsec_old_secret"
  NEW = "whsec_new_secret"
  BODY = JSON.generate(
    "id" => "42", "type" => "tenant.created", "tenantId" => "ten_root", "createdAt" => "2026-12-01T10:00:00Z",
    "data" => { "tenant" => PlatformTest::TENANT }
  )

  def sign(secret, body = BODY)
    OpenSSL::HMAC.hexdigest("SHA256", secret, body)
  end

  def verifier(*secrets)
    PlatformSdk::Client.webhook_verifier(*secrets)
  end

  def test_a_signed_delivery_decodes_into_the_typed_event
    delivery = verifier(NEW).verify(BODY, { "x-webhook-signature" => sign(NEW) })
    assert_equal "tenant.created", delivery.type
    assert_instance_of PlatformSdk::Models::TenantCreatedEvent, delivery.event
    assert_equal "ten_root", delivery.event.tenant_id
    refute delivery.test?
  end

  def test_both_secrets_work_during_a_rotation
    both = verifier(OLD, NEW)
    [OLD, NEW].each do |secret|
      assert_equal "42", both.verify(BODY, { "X-Webhook-Signature" => sign(secret) }).event.id
    end
    assert verifier([OLD, NEW]).verify(BODY, { "X-Webhook-Signature" => sign(OLD) })
  end

  def test_anything_else_is_refused_with_the_sdks_error
    one = verifier(NEW)
    tampered = BODY.sub("ten_root", "ten_evil")
    [[BODY, { "X-Webhook-Signature" => sign(OLD) }],
     [tampered, { "X-Webhook-Signature" => sign(NEW) }],
     [BODY, { "X-Webhook-Signature" => sign(NEW).upcase }],
     [BODY, { "X-Webhook-Signature" => "" }],
     [BODY, {}]].each do |body, headers|
      error = assert_raises(PlatformSdk::WebhookVerificationError) { one.verify(body, headers) }
      assert_kind_of PlatformSdk::Error, error
    end
    not_an_object = { "X-Webhook-Signature" => sign(NEW, "[1]") }
    assert_raises(PlatformSdk::WebhookVerificationError) { one.verify("[1]", not_an_object) }
  end

  def test_bad_secrets_and_bodies_are_argument_errors
    [[], ["wrong_prefix"], [OLD, NEW, "whsec_third"], [""], [nil]].each do |secrets|
      assert_raises(PlatformSdk::InvalidArgumentError) { verifier(*secrets) }
    end
    assert_raises(PlatformSdk::InvalidArgumentError) { verifier(NEW).verify({ "id" => 1 }, {}) }
  end

  def test_a_test_delivery_and_an_unknown_type
    body = JSON.generate("id" => "7", "type" => "something.new", "tenantId" => "t")
    delivery = verifier(NEW).verify(body, { "X-Webhook-Signature" => sign(NEW, body), "X-Webhook-Test" => "true" })
    assert delivery.test?
    assert_equal({ "id" => "7", "type" => "something.new", "tenantId" => "t" }, delivery.event)
  end
end
