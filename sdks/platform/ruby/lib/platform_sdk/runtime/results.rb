# frozen_string_literal: true

# Public: what a 3xx gives. Redirects are never followed: the result says where they point,
# and reads like the map `{"status" => 302, "location" => "..."}` it stands for.
class RedirectResult
  # @return [Integer] the 3xx status
  attr_reader :status
  # @return [String] the Location header ("" when absent)
  attr_reader :location

  def initialize(status:, location:)
    @status = status
    @location = location
    freeze
  end

  # @param key [String, Symbol] "status" or "location"
  def [](key)
    to_h[key.to_s]
  end

  # @return [Hash{String => Object}]
  def to_h
    { "status" => @status, "location" => @location }
  end

  def ==(other)
    case other
    when RedirectResult then to_h == other.to_h
    when Hash then to_h == other.transform_keys(&:to_s)
    else false
    end
  end
  alias eql? ==

  def hash
    to_h.hash
  end

  def to_json(*args)
    to_h.to_json(*args)
  end

  def inspect
    "#<#{self.class.name} status=#{@status} location=#{@location.inspect}>"
  end
  alias to_s inspect

  def deconstruct_keys(_keys)
    { status: @status, location: @location }
  end
end
