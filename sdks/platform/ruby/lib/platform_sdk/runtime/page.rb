# frozen_string_literal: true

# Public: what a list method returns. One page as it came (#data, its #items and #response)
# and the way to the next (#next_page?, #next_page); #each goes over every item of this page
# and of every page after it, fetching each page as the iteration reaches it, so the page is
# also an Enumerable of the whole list (`first(3)`, `map`, `to_a`, `lazy`, ...).
#
#   page = client.deployments.list(app_id, limit: 20)
#   page.items                          # this page's items
#   page = page.next_page while page.next_page?
#   client.deployments.list(app_id).each { |deployment| ... } # every item, page after page
class Page
  include Enumerable

  # @return [Object] the decoded page (the operation's response model)
  attr_reader :data
  # @return [Array] the items on this page
  attr_reader :items
  # @return [HTTPResponse] the response this page came in
  attr_reader :response

  # @api private
  # `fetch` is called with (query, url) and returns [decoded page, HTTPResponse, the URL it came
  # from]; `seen` counts the items of the pages before this one.
  def self.first(pagination, query, fetch)
    new(pagination, query, nil, 0, fetch)
  end

  # @api private
  def initialize(pagination, query, url, seen, fetch)
    @pagination = pagination
    @fetch = fetch
    @data, @response, sent = fetch.call(query, url)
    @items = Internal::Pager.items(@data, pagination).freeze
    @seen = seen + @items.length
    link = @response.headers["link"]
    following = Internal::Pager.next_page(pagination, query, @data, @items, @seen, url: sent, link:)
    @following = following&.first ? following : nil
    freeze
  end

  # @return [Boolean] whether the API has a page after this one (by the operation's paging rules)
  def next_page?
    !@following.nil?
  end
  alias has_next_page? next_page?

  # The page after this one (one request).
  #
  # @return [Page]
  # @raise [InvalidArgumentError] when there is none (see #next_page?)
  def next_page
    raise InvalidArgumentError, "this is the last page: check next_page? first" unless next_page?

    self.class.new(@pagination, @following[0], @following[1], @seen, @fetch)
  end

  # @return [String, nil] the X-Request-ID of this page's response
  def request_id
    @response.headers["x-request-id"]
  end

  # Every item of this page and of the pages after it, fetched as the iteration reaches them;
  # without a block, an Enumerator.
  #
  # @yieldparam item [Object]
  def each(&block)
    return enum_for(:each) unless block

    page = self
    loop do
      page.items.each(&block)
      break unless page.next_page?

      page = page.next_page
    end
    self
  end

  # Each page, this one first; without a block, an Enumerator.
  #
  # @yieldparam page [Page]
  def each_page
    return enum_for(:each_page) unless block_given?

    page = self
    loop do
      yield page
      break unless page.next_page?

      page = page.next_page
    end
    self
  end

  def inspect
    "#<#{self.class.name} items=#{@items.length} next_page?=#{next_page?}>"
  end
end
