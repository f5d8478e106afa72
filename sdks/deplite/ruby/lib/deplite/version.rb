# frozen_string_literal: true

module Deplite
  VERSION = "0.1.0"
end
