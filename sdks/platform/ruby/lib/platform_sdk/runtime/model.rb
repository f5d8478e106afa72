# frozen_string_literal: true

# Public: the base of generated models, and the mixins of enums and unions.
#
# Generated models look like:
#
#   class Deployment < Model
#     attribute :id, "id", :string, required: true
#     attribute :completed_at, "completed_at", :date_time, required: true, nullable: true
#     attribute :status, "status", :DeploymentStatus, required: true
#   end
#
# Each attribute has a reader named in Ruby style and keeps its wire name (the JSON
# key). A key can be absent, null or a value, and the model keeps the three apart:
# `set?(:completed_at)` tells absent from null. Keys the model does not know are kept
# in {#additional_properties} and sent back by {#to_h}. Types are described as in
# Internal::Serde; a Symbol naming a model refers to the SDK's Models module.
#
# A decoded model turns a date or date-time attribute's text into a Time (or Date) when it is
# first read, not while the response is decoded: most callers read few of them, and making a
# Time is the dearest step of decoding. What every reader sees is the same as if it had been
# converted at once (text that is not a time is kept as it came, as always).
class Model
  # One declared attribute of a model.
  Attribute = Struct.new(:name, :wire, :type, :required, :nullable, keyword_init: true)
  # The additional properties of a model that has none.
  NO_EXTRA = {}.freeze

  # Attribute types whose values a decoded model converts when they are first read.
  ON_READ_TYPES = [:date_time, :date].freeze

  # How a model class decodes: the attributes whose values change at once (nested models,
  # numbers, ...), each with its decoder; those converted when first read (times and dates);
  # and the last list of keys found to be all declared, so that an object of the same keys in
  # the same order (every item of a page) is known at once.
  class DecodePlan
    # @return [Array<String>, nil] wire names of the attributes converted when first read
    attr_reader :on_read

    def initialize(attributes_by_wire)
      @wires = attributes_by_wire.dup.freeze
      later, now = attributes_by_wire.partition { |_wire, attribute| ON_READ_TYPES.include?(attribute.type) }
      @on_read = later.empty? ? nil : later.map(&:first).freeze
      @converted = now.filter_map do |wire, attribute|
        decoder = Internal::Serde.decoder_for(attribute.type)
        [wire, decoder].freeze if decoder
      end.freeze
      @declared_keys = nil
    end

    # Is `wire` a declared wire name?
    def wire?(wire)
      @wires.key?(wire)
    end

    # Is every key of `data` a declared wire name (a String)?
    def declared?(data)
      keys = data.keys
      return true if keys == @declared_keys
      return false unless keys.all? { |key| @wires.key?(key) && key.instance_of?(String) }

      @declared_keys = keys.freeze
      true
    end

    # Decode, in place, the values of `values` (wire keys) that change.
    def convert(values)
      @converted.each do |wire, decoder|
        value = values[wire]
        values[wire] = decoder.call(value) unless value.nil?
      end
      values
    end
  end
  private_constant :NO_EXTRA, :ON_READ_TYPES, :DecodePlan

  class << self
    # Declare an attribute: a reader `name`, sent and read as `wire`.
    #
    # @param name [Symbol] the Ruby name
    # @param wire [String] the JSON key
    # @param type [Symbol, Array] the type (see Internal::Serde)
    def attribute(name, wire, type, required: false, nullable: false)
      attribute = Attribute.new(name:, wire:, type:, required:, nullable:).freeze
      own_attributes[name] = attribute
      attributes_by_wire[wire] = attribute
      @decode_plan = nil
      if ON_READ_TYPES.include?(type)
        define_method(name) { @on_read ? read_on_demand(wire) : @values[wire] }
      else
        define_method(name) { @values[wire] }
      end
    end

    # @return [Hash{Symbol => Attribute}] the declared attributes, by Ruby name
    def attributes
      own_attributes
    end

    # @return [Hash{String => Attribute}] the declared attributes, by wire name
    def attributes_by_wire
      @attributes_by_wire ||= {}
    end

    # Decode a JSON object (wire keys, String or Symbol) into this model.
    #
    # Decoding never fails for the server's sake: unknown keys are kept, a value that
    # does not fit its type is kept as it came, and a required key that is absent
    # stays absent ({#set?} is false). `hash` is left as it was.
    #
    # @param hash [Hash]
    # @return [Model]
    def from_h(hash)
      raise ArgumentError, "#{name}.from_h expects a Hash, not #{hash.class}" unless hash.is_a?(Hash)

      decode!(Internal::Serde.copy(hash))
    end

    # @api private
    # The decoder protocol of Internal::Serde: a Hash becomes this model, anything else stays.
    def decode(data)
      data.is_a?(Hash) ? from_h(data) : data
    end

    # @api private
    # Like #decode, for a Hash nobody else holds (what JSON.parse just gave): its values are
    # decoded in place and, when every key is a declared wire name, the Hash itself becomes
    # the model's values.
    def decode!(data)
      return data unless data.is_a?(Hash)

      plan = @decode_plan || decode_plan
      return build(plan.convert(data), NO_EXTRA, plan.on_read) if plan.declared?(data)

      values = {}
      extra = {}
      data.each do |key, value|
        wire = key.to_s
        (plan.wire?(wire) ? values : extra)[wire] = value
      end
      plan.convert(values)
      build(values, extra, plan.on_read)
    end

    # @api private
    # Would `data` decode into this model without keeping raw values?
    def fits?(data)
      return false unless data.is_a?(Hash)

      data = data.transform_keys(&:to_s)
      attributes.each_value.all? do |attribute|
        next !attribute.required unless data.key?(attribute.wire)

        Internal::Serde.fits?(data[attribute.wire], attribute.type, nullable: attribute.nullable)
      end
    end

    private

    def own_attributes
      @own_attributes ||= {}
    end

    # How to decode this model, worked out on the first decode, once every model it names is defined.
    def decode_plan
      @decode_plan ||= DecodePlan.new(attributes_by_wire)
    end

    def build(values, extra, on_read)
      model = allocate
      model.__send__(:assign_values, values, extra, on_read)
      model
    end
  end

  # Build a model from Ruby-named keywords; a keyword passed as nil is sent as null,
  # a keyword left out is not sent at all.
  #
  # @param additional_properties [Hash{String => Object}] keys the model does not declare
  # @raise [ArgumentError] for unknown keywords or a missing required one
  def initialize(additional_properties: {}, **attributes)
    check_keywords(attributes)
    known = self.class.attributes
    values = attributes.transform_keys { |name| known[name].wire }
    assign_values(values, additional_properties.transform_keys(&:to_s))
  end

  # @return [Hash{String => Object}] keys the response had that this model does not declare
  attr_reader :additional_properties

  # The X-Request-ID of the response this model was the body of (nil for one built here, a
  # nested one, or a response without the header). The leading underscore keeps it apart from
  # any attribute the API declares.
  #
  # @return [String, nil]
  attr_reader :_request_id

  # Was the key there (as a value or as null)?
  #
  # @param name [Symbol, String] the Ruby name, or the wire name
  def set?(name)
    attribute = attribute_for(name)
    attribute ? @values.key?(attribute.wire) : @additional_properties.key?(name.to_s)
  end

  # The value of a declared attribute (by Ruby or wire name) or of an additional property.
  #
  # @param name [Symbol, String]
  # @return [Object, nil] nil when absent
  def [](name)
    attribute = attribute_for(name)
    attribute ? value_at(attribute.wire) : @additional_properties[name.to_s]
  end

  # The JSON object this model stands for, with wire keys: absent keys left out, nil kept
  # as null, additional properties included, nested models and times encoded.
  #
  # @return [Hash{String => Object}]
  def to_h
    @on_read&.each { |wire| read_on_demand(wire) }
    encoded = @values.transform_values { |value| Internal::Serde.encode(value) }
    @additional_properties.each do |key, value|
      encoded[key] = Internal::Serde.encode(value) unless encoded.key?(key)
    end
    encoded
  end

  def to_json(*args)
    to_h.to_json(*args)
  end

  # Pattern matching on the Ruby names of the keys that are set.
  def deconstruct_keys(keys)
    pairs = self.class.attributes.each_value.filter_map do |attribute|
      [attribute.name, value_at(attribute.wire)] if @values.key?(attribute.wire)
    end
    hash = pairs.to_h
    keys ? hash.slice(*keys) : hash
  end

  def ==(other)
    other.instance_of?(self.class) && other.to_h == to_h
  end
  alias eql? ==

  def hash
    [self.class, to_h].hash
  end

  def inspect
    fields = self.class.attributes.each_value.filter_map do |attribute|
      "#{attribute.name}=#{value_at(attribute.wire).inspect}" if @values.key?(attribute.wire)
    end
    fields << "additional_properties=#{@additional_properties.inspect}" unless @additional_properties.empty?
    "#<#{self.class.name}#{fields.empty? ? "" : " "}#{fields.join(", ")}>"
  end
  alias to_s inspect

  private

  # A frozen copy that carries `request_id` (models are frozen; the copy shares their values).
  def with_request_id(request_id)
    copy = dup
    copy.instance_variable_set(:@_request_id, request_id)
    copy.freeze
  end

  def check_keywords(attributes)
    known = self.class.attributes
    unknown = attributes.keys - known.keys
    unless unknown.empty?
      raise ArgumentError,
            "unknown attribute(s) #{unknown.map(&:inspect).join(", ")} for #{self.class.name}; " \
            "known: #{known.keys.map(&:inspect).join(", ")}"
    end
    missing = known.values.select(&:required).map(&:name) - attributes.keys
    return if missing.empty?

    raise ArgumentError, "missing required attribute(s) #{missing.map(&:inspect).join(", ")} for #{self.class.name}"
  end

  # `on_read`: the wire names whose text becomes a Time or Date when first read (decoded
  # models only; a model built with .new keeps what it was given). Their Hash stays unfrozen
  # for that, and is never handed out.
  def assign_values(values, extra, on_read = nil)
    @on_read = on_read
    @values = on_read ? values : values.freeze
    @additional_properties = extra.freeze
    freeze
  end

  def value_at(wire)
    @on_read&.include?(wire) ? read_on_demand(wire) : @values[wire]
  end

  # The value under `wire`, converted and kept on its first read. Threads that race here both
  # convert the same text and store equal values under a key that is already there.
  def read_on_demand(wire)
    value = @values[wire]
    return value unless value.is_a?(String)

    converted = Internal::Serde.decode!(value, self.class.attributes_by_wire[wire].type)
    @values[wire] = converted unless converted.equal?(value) || @values.frozen?
    converted
  end

  def attribute_for(name)
    name.is_a?(Symbol) ? self.class.attributes[name] : self.class.attributes_by_wire[name.to_s]
  end
end

# Public: extended by generated enum modules. Their constants are the values this
# version knows; a value it does not know is kept as it came (never an error).
#
#   module DeploymentStatus
#     extend Enum
#     PENDING = "pending"
#     VALUES = [PENDING].freeze
#   end
module Enum
  # @return [Array] every value this version of the SDK knows
  def values
    const_get(:VALUES, false)
  end

  # Is `value` one of the values this version knows?
  def known?(value)
    values.include?(value)
  end

  # @api private
  def decode(data)
    data
  end

  # @api private
  def decode!(data)
    data
  end

  # @api private
  def fits?(data)
    known?(data)
  end
end

# Public: extended by generated union modules (oneOf/anyOf of objects). Decoding picks
# the variant the discriminator names, else the first variant the data fits; data that
# fits none is kept as it came.
#
#   module GitConnectionStatus
#     extend Union
#     variants :GitConnectionConnected, :GitConnectionDisconnected
#     discriminator "connected", "true" => :GitConnectionConnected, "false" => :GitConnectionDisconnected
#   end
module Union
  # Declare (with arguments) or read the variant types.
  def variants(*types)
    @variants = types.freeze unless types.empty?
    @variants ||= [].freeze
  end

  # Declare the discriminating property and the variant each of its values selects
  # (JSON booleans are looked up as "true" / "false").
  def discriminator(property = nil, mapping = nil)
    @discriminator = [property.to_s, mapping.transform_keys(&:to_s)].freeze if property
    @discriminator ||= nil
  end

  # @api private
  def decode(data)
    decode!(Internal::Serde.copy(data))
  end

  # @api private
  # Like #decode, for data nobody else holds (decoded in place, see Model.decode!).
  def decode!(data)
    target = discriminated(data)
    return Internal::Serde.decode!(data, target) if target

    variant = variants.find { |type| Internal::Serde.fits?(data, type) }
    variant ? Internal::Serde.decode!(data, variant) : data
  end

  # @api private
  def fits?(data)
    target = discriminated(data)
    return Internal::Serde.fits?(data, target) if target

    variants.any? { |type| Internal::Serde.fits?(data, type) }
  end

  private

  def discriminated(data)
    return nil unless discriminator && data.is_a?(Hash)

    property, mapping = discriminator
    key = data.key?(property) ? property : property.to_sym
    return nil unless data.key?(key)

    value = data[key]
    mapping[value.to_s]
  end
end
