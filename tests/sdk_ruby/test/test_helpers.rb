# frozen_string_literal: true

require_relative "test_helper"

# Pagination in its styles (offset, page, cursor at any depth, starting_after, a bare list without a
# total, a next-page URL, a Link header), the log tail and the waiters.
class HelpersTest < SdkTest::TestCase
  APP_ID = SdkTest::BASE_APP
  DID = SdkTest::DID

  def deployments_page(ids, total)
    [200, {}, { "items" => ids.map { |id| SdkTest::DEPLOYMENT.merge("id" => id) }, "next_cursor" => "",
                "total" => total }]
  end

  def line(text)
    { "timestamp" => "2026-11-22T09:00:00Z", "stream" => "stdout", "message" => text }
  end

  def logs(texts, cursor, has_more: false)
    [200, {}, { "lines" => texts.map { |text| line(text) }, "next_cursor" => cursor, "has_more" => has_more }]
  end

  def test_offset_pagination_walks_every_page_lazily
    @server.replies(deployments_page(%w[d0 d1], 5), deployments_page(%w[d2 d3], 5), deployments_page(%w[d4], 5))
    items = client.deployments.each_deploy_get_api_v1_apps_by_app_id_deployments(path_params: app,
                                                                                 query: { limit: 2 })
    assert_instance_of Enumerator, items
    assert_empty @server.received
    assert_equal %w[d0 d1 d2 d3 d4], items.map(&:id)
    offsets = @server.received.map { |request| request.query.to_h["offset"] }
    assert_equal [nil, "2", "4"], offsets
  end

  def test_offset_pagination_stops_at_total_or_on_a_short_page
    @server.replies(deployments_page(%w[d0 d1], 2), deployments_page(%w[never], 9))
    assert_equal %w[d0 d1], client.deployments.each_deploy_get_api_v1_apps_by_app_id_deployments(path_params: app)
                                  .map(&:id)
    assert_equal 1, @server.received.length
    @server.replies(deployments_page(%w[d0], 50), deployments_page(%w[never], 50))
    client.paginate("deployGetApiV1AppsByAppIDDeployments", path_params: app, query: { limit: 2 }).to_a
    assert_equal 1, @server.received.length
  end

  def test_first_n_fetches_only_the_pages_it_needs
    @server.replies(deployments_page(%w[d0 d1], 6), deployments_page(%w[d2 d3], 6), deployments_page(%w[d4 d5], 6))
    first = client.deployments.each_deploy_get_api_v1_apps_by_app_id_deployments(path_params: app,
                                                                                 query: { limit: 2 }).first(3)
    assert_equal %w[d0 d1 d2], first.map(&:id)
    assert_equal 2, @server.received.length
  end

  def test_a_block_gets_every_item
    @server.replies(deployments_page(%w[d0], 1))
    seen = []
    client.deployments.each_deploy_get_api_v1_apps_by_app_id_deployments(path_params: app) { |d| seen << d.id }
    assert_equal %w[d0], seen
  end

  def test_page_pagination
    repository = ->(id) { { "id" => id, "name" => "r#{id}", "full_name" => "o/r#{id}", "private" => false } }
    @server.replies([200, {}, { "repositories" => [repository.call(1), repository.call(2)], "total_count" => 3 }],
                    [200, {}, { "repositories" => [repository.call(3)], "total_count" => 3 }])
    items = client.deployments.each_deploy_get_api_v1_github_installations_by_installation_id_repositories(
      path_params: { "installationID" => 42 }, query: { per_page: 2 }
    )
    assert_equal [1, 2, 3], items.map(&:id)
    pages = @server.received.map { |request| request.query.to_h["page"] }
    assert_equal [nil, "2"], pages
    assert_instance_of AxHub::Models::GithubRepository, items.first
  end

  def test_cursor_pagination_stops_when_the_cursor_is_empty_or_stuck
    @server.replies(logs(%w[a b], "c1", has_more: true), logs(%w[c], "c2", has_more: true), logs(%w[d], ""))
    messages = client.deployments.each_deploy_get_api_v1_apps_by_app_id_logs(path_params: app).map(&:message)
    assert_equal %w[a b c d], messages
    cursors = @server.received.map { |request| request.query.to_h["cursor"] }
    assert_equal [nil, "c1", "c2"], cursors
    @server.replies(logs(%w[a], "same", has_more: true), logs(%w[b], "same", has_more: true))
    assert_equal %w[a b], client.paginate("deployGetApiV1AppsByAppIDLogs", path_params: app).map(&:message)
  end

  def listing(path, params, **pagination)
    AxHub::Operation.new(
      operation_id: "list", http_method: "GET", path:,
      params: params.map { |name| AxHub::Param.new(name:, location: "query", style: "form", explode: true) },
      responses: { "200" => :any }, pagination: AxHub::Pagination.new(**pagination)
    )
  end

  def test_a_continue_token_in_metadata_is_followed_until_it_is_absent
    pods = listing("/pods", %w[limit continue], style: "cursor", items: ["items"], param: "continue",
                                                size_param: "limit", next_path: %w[metadata continue], stop: ["token"])
    @server.replies([200, {}, { "items" => [{ "id" => "a" }, { "id" => "b" }], "metadata" => { "continue" => "c1" } }],
                    [200, {}, { "items" => [{ "id" => "c" }], "metadata" => {} }])
    assert_equal(%w[a b c], client.paginate(pods, query: { limit: 2 }).map { |item| item["id"] })
    assert_equal([nil, "c1"], @server.received.map { |request| request.query.to_h["continue"] })
  end

  def test_starting_after_sends_the_last_id_until_has_more_is_false
    customers = listing("/customers", %w[limit starting_after],
                        style: "starting_after", items: ["data"], param: "starting_after", size_param: "limit",
                        next_path: ["id"], has_more: ["has_more"], stop: %w[has_more empty token])
    @server.replies([200, {}, { "data" => [{ "id" => "a" }, { "id" => "b" }], "has_more" => true }],
                    [200, {}, { "data" => [{ "id" => "c" }], "has_more" => false }])
    assert_equal(%w[a b c], client.paginate(customers, query: { limit: 2 }).map { |item| item["id"] })
    assert_equal([nil, "b"], @server.received.map { |request| request.query.to_h["starting_after"] })
  end

  def test_a_bare_list_without_a_total_pages_until_a_short_page
    days = listing("/days", %w[page limit], style: "page", items: [], param: "page", size_param: "limit",
                                            stop: %w[empty short])
    @server.replies([200, {}, [1, 2]], [200, {}, [3, 4]], [200, {}, [5]])
    assert_equal [1, 2, 3, 4, 5], client.paginate(days, query: { limit: 2 }).to_a
    assert_equal([nil, "2", "3"], @server.received.map { |request| request.query.to_h["page"] })
  end

  QUERY_KEY = AxHub::SecurityScheme.new(name: "queryKey", kind: "apiKey", location: "query", parameter_name: "api_key")
  BEARER = AxHub::SecurityScheme.new(name: "bearer", kind: "http", scheme: "bearer")

  def messages_listing(style, **more)
    AxHub::Operation.new(
      operation_id: "messages", http_method: "GET", path: "/v1/messages",
      params: [AxHub::Param.new(name: "PageSize", location: "query")], responses: { "200" => :any },
      security: [BEARER, QUERY_KEY],
      pagination: AxHub::Pagination.new(style:, items: ["messages"], size_param: "PageSize", stop: ["token"], **more)
    )
  end

  def test_a_next_url_in_the_page_is_followed_relative_then_absolute_with_the_api_key
    messages = messages_listing("next_url", next_path: ["next_page_uri"])
    @server.replies(
      [200, {}, { "messages" => [{ "id" => "a" }], "next_page_uri" => "/v1/messages?Page=1&PageToken=p1" }],
      [200, {}, { "messages" => [{ "id" => "b" }], "next_page_uri" => "#{@server.url}/v1/messages?Page=2" }],
      [200, {}, { "messages" => [{ "id" => "c" }], "next_page_uri" => nil }]
    )
    assert_equal(%w[a b c], client(api_key: "k3y").paginate(messages, query: { PageSize: 1 }).map { |m| m["id"] })
    sent = @server.received
    assert_equal(["/v1/messages"] * 3, sent.map(&:path))
    assert_equal [[%w[PageSize 1], %w[api_key k3y]], [%w[Page 1], %w[PageToken p1], %w[api_key k3y]],
                  [%w[Page 2], %w[api_key k3y]]], sent.map(&:query)
    assert_equal(["Bearer tok"] * 3, sent.map { |request| request.header("authorization") })
  end

  def test_a_next_url_relative_to_the_page_and_one_that_repeats_the_page_ends
    messages = messages_listing("next_url", next_path: %w[meta next])
    @server.replies([200, {}, { "messages" => [{ "id" => "a" }], "meta" => { "next" => "messages?after=a" } }],
                    [200, {}, { "messages" => [{ "id" => "b" }], "meta" => { "next" => "messages?after=a" } }])
    assert_equal(%w[a b], client.paginate(messages).map { |m| m["id"] })
    assert_equal([[], [%w[after a]]], @server.received.map(&:query))
  end

  def test_a_next_url_on_another_origin_is_refused_before_sending
    messages = messages_listing("next_url", next_path: ["next_page_uri"])
    elsewhere = "http://localhost:#{URI(@server.url).port}/v1/messages?api_key=theirs&Page=1"
    @server.replies([200, {}, { "messages" => [{ "id" => "a" }], "next_page_uri" => elsewhere }])
    seen = []
    error = assert_raises(AxHub::InvalidArgumentError) do
      client(api_key: "k3y").paginate(messages).each { |m| seen << m["id"] }
    end
    assert_equal %w[a], seen
    assert_match(/next page is at .*localhost.*not on #{Regexp.escape(@server.url)}/, error.message)
    refute_includes error.message, "theirs"
    assert_equal 1, @server.received.length
  end

  def test_a_link_header_next_is_followed_until_there_is_none
    messages = messages_listing("link_header")
    first = "<#{@server.url}/v1/messages?page=1>; rel=\"first\", " \
            "<#{@server.url}/v1/messages?page=2>; title=\"a; b, c\"; rel=\"next last\""
    @server.replies([200, { "Link" => first }, { "messages" => [{ "id" => "a" }] }],
                    [200, { "Link" => "</v1/messages?page=3>; rel=next" }, { "messages" => [{ "id" => "b" }] }],
                    [200, { "Link" => "</v1/messages?page=1>; rel=\"prev\"" }, { "messages" => [{ "id" => "c" }] }])
    assert_equal(%w[a b c], client(api_key: "k3y").paginate(messages).map { |m| m["id"] })
    assert_equal([[%w[api_key k3y]], [%w[page 2], %w[api_key k3y]], [%w[page 3], %w[api_key k3y]]],
                 @server.received.map(&:query))
  end

  def test_link_header_parsing
    pager = AxHub::Internal::Pager
    assert_equal "/b", pager.link_next('</a>; rel="prev", </b>; rel="next"')
    assert_equal "/c", pager.link_next('</a>; title="x, rel=next; y"; rel=prev, </c>; REL="Next"')
    assert_equal "/d", pager.link_next('</d>; rel="next last"; type="text/html"')
    assert_equal "/e?x=1,2", pager.link_next("</e?x=1,2>; rel=next")
    assert_nil pager.link_next('</a>; rel="prev"')
    assert_nil pager.link_next(nil)
    assert_nil pager.link_next("garbage")
  end

  def test_pagination_needs_a_paginated_operation
    error = assert_raises(AxHub::InvalidArgumentError) do
      client.paginate("deployGetApiV1AppsByAppIDDiagnosis", path_params: app)
    end
    assert_match(/is not paginated/, error.message)
  end

  def test_the_tail_follows_cursors_forward_and_polls_every_interval
    @server.replies(logs(%w[a b], "c1"), logs([], "c1"), logs(%w[c], "c2"))
    lines = client.deployments.tail_logs(path_params: app, max_polls: 3).map(&:message)
    assert_equal %w[a b c], lines
    queries = @server.received.map { |request| request.query.to_h }
    assert_equal(%w[forward forward forward], queries.map { |query| query["direction"] })
    assert_equal([nil, "c1", "c1"], queries.map { |query| query["cursor"] })
    assert_equal [2.0, 2.0], @clock.sleeps
  end

  def test_the_tail_polls_at_once_while_pages_are_full_and_stops_when_asked
    @server.replies(logs(%w[a b], "c1", has_more: true), logs(%w[c], "c2"), logs(%w[x], "c3"))
    seen = []
    client.tail("deployGetApiV1AppsByAppIDLogs", path_params: app, interval: 0.5,
                                                 stop: -> { seen.length >= 4 }).each { |item| seen << item.message }
    assert_equal %w[a b c x], seen
    assert_equal [0.5], @clock.sleeps
  end

  def test_the_tail_is_endless_until_the_consumer_stops
    @server.replies(logs(%w[a], "c1"))
    assert_equal %w[a a a a], client.deployments.tail_logs(path_params: app).first(4).map(&:message)
    assert_raises(AxHub::InvalidArgumentError) { client.tail("deployGetApiV1AppsByAppIDDiagnosis") }
  end

  def test_the_tail_stops_after_max_items_even_mid_page
    @server.replies(logs(%w[a b c], "c1"))
    assert_equal %w[a b], client.deployments.tail_logs(path_params: app, max_items: 2).map(&:message)
    assert_equal 1, @server.received.length
  end

  def test_the_tail_stops_at_its_deadline
    @server.replies(logs(%w[a], "c1"))
    lines = client.deployments.tail_logs(path_params: app, interval: 2.0, timeout: 5).map(&:message)
    assert_equal %w[a a a], lines # polls at 0, 2 and 4 s; the wait after the third is cut to 1 s
    assert_equal [2.0, 2.0, 1.0], @clock.sleeps
  end

  def test_the_tail_block_stops_it_with_stop_or_false
    [:stop, false].each do |answer|
      @server.replies(logs(%w[a b c], "c1"))
      seen = []
      client.deployments.tail_logs(path_params: app) do |line|
        seen << line.message
        seen.length == 2 ? answer : nil
      end
      assert_equal %w[a b], seen, answer.inspect
    end
  end

  def test_the_tail_bounds_are_checked
    [{ max_items: 0 }, { max_polls: "3" }, { timeout: "5" }, { stop: 5 }].each do |bound|
      assert_raises(AxHub::InvalidArgumentError, bound.inspect) do
        client.deployments.tail_logs(path_params: app, **bound).first
      end
    end
    assert_empty @server.received
  end

  def test_wait_for_deployment_until_terminal
    @server.replies([200, {}, SdkTest::DEPLOYMENT], [200, {}, SdkTest::DEPLOYMENT.merge("status" => "deploying")],
                    [200, {}, SdkTest::DEPLOYMENT.merge("status" => "succeeded", "image_uri" => "gcr.io/x")])
    done = client.deployments.wait_for_deployment(path_params: deployment_path, interval: 3)
    assert_equal "succeeded", done.status
    assert_equal "gcr.io/x", done.image_uri
    assert_equal [3.0, 3.0], @clock.sleeps
    %w[failed cancelled].each do |terminal|
      @server.replies([200, {}, SdkTest::DEPLOYMENT.merge("status" => terminal)])
      assert_equal terminal, client.deployments.wait_for_deployment(path_params: deployment_path).status
    end
  end

  def test_a_waiter_times_out_with_the_last_object
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    error = assert_raises(AxHub::WaiterTimeoutError) do
      client.deployments.wait_for_deployment(path_params: deployment_path, timeout: 5, interval: 2)
    end
    assert_equal "building", error.value
    assert_instance_of AxHub::Models::Deployment, error.last
    assert_equal [2.0, 2.0, 1.0], @clock.sleeps
    assert_match(/status is still "building" after 5s \(waiting for succeeded, failed, cancelled\)/, error.message)
  end

  def test_wait_for_bootstrap_and_errors_pass_through
    bootstrap = { "id" => "b1", "app_id" => "a1", "status" => "running", "stage" => "creating_repo" }
    @server.replies([200, {}, bootstrap], [200, {}, bootstrap.merge("status" => "done")])
    path_params = { "tenantID" => "t1", "bootstrapID" => "b1" }
    assert_equal "done", client.deployments.wait_for_bootstrap(path_params:, interval: 1).status
    @server.replies([404, {}, { "code" => "not_found" }])
    assert_raises(AxHub::NotFoundError) { client.deployments.wait_for_bootstrap(path_params:) }
    assert_raises(AxHub::InvalidArgumentError) { client.wait("deployGetApiV1AppsByAppIDDiagnosis") }
  end

  # ---------------------------------------------------------------- the resource forms (issue #16 item 8)

  def test_resource_wait_for_takes_the_path_values_and_polls_until_terminal
    @server.replies([200, {}, SdkTest::DEPLOYMENT], [200, {}, SdkTest::DEPLOYMENT.merge("status" => "succeeded")])
    done = client.deployments.wait_for(APP_ID, DID, interval: 0.5)
    assert_equal "succeeded", done.status
    assert_equal [0.5], @clock.sleeps
    assert_equal(["/api/v1/apps/#{APP_ID}/deployments/#{DID}"] * 2, @server.received.map(&:path))
  end

  def test_resource_wait_for_gives_up_after_max_polls_or_when_stop_says_so
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    error = assert_raises(AxHub::WaiterTimeoutError) { client.deployments.wait_for(APP_ID, DID, max_polls: 3) }
    assert_match(/still "building" after 3 polls \(max_polls\)/, error.message)
    assert_equal 3, @server.received.length
    seen = []
    error = assert_raises(AxHub::WaiterTimeoutError) do
      client.deployments.wait_for(APP_ID, DID, stop: ->(current) { (seen << current.status).length == 2 })
    end
    assert_equal %w[building building], seen
    assert_match(/after stop returned true \(poll 2\)/, error.message)
    assert_instance_of AxHub::Models::Deployment, error.last
  end

  def test_resource_wait_for_gives_up_at_its_deadline
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    assert_raises(AxHub::WaiterTimeoutError) { client.deployments.wait_for(APP_ID, DID, timeout: 3, interval: 2) }
    assert_equal [2.0, 1.0], @clock.sleeps
  end

  def test_the_waiter_bounds_are_checked_before_any_request
    [{ max_polls: 0 }, { max_polls: true }, { timeout: "5" }, { interval: -1 }, { stop: 5 }, { timeout: false }]
      .each do |bound|
        assert_raises(AxHub::InvalidArgumentError, bound.inspect) do
          client.deployments.wait_for(APP_ID, DID, **bound)
        end
        assert_raises(AxHub::InvalidArgumentError, bound.inspect) do
          client.deployments.wait_for_deployment(path_params: deployment_path, **bound)
        end
      end
    assert_raises(AxHub::InvalidArgumentError) { client.deployments.wait_for(APP_ID, DID, nope: 1) }
    assert_raises(AxHub::InvalidArgumentError) { client.deployments.wait_for(APP_ID, nil) }
    assert_empty @server.received
  end

  def test_the_seed_waiter_takes_max_polls_and_stop_too
    @server.replies([200, {}, SdkTest::DEPLOYMENT])
    assert_raises(AxHub::WaiterTimeoutError) do
      client.deployments.wait_for_deployment(path_params: deployment_path, max_polls: 2)
    end
    assert_equal 2, @server.received.length
    assert_raises(AxHub::WaiterTimeoutError) do
      client.deployments.wait_for_deployment(path_params: deployment_path, stop: -> { true })
    end
    assert_equal 1, @server.received.length
  end

  def test_resource_follow_logs_takes_the_path_values_and_keywords_and_max_polls
    @server.replies(logs(%w[a b], "c1"), logs([], "c1"), logs(%w[c], "c2"))
    lines = client.deployments.follow_logs(APP_ID, limit: 50, max_polls: 3).map(&:message)
    assert_equal %w[a b c], lines
    queries = @server.received.map { |request| request.query.to_h }
    assert_equal(%w[forward forward forward], queries.map { |query| query["direction"] })
    assert_equal([nil, "c1", "c1"], queries.map { |query| query["cursor"] })
    assert_equal(%w[50 50 50], queries.map { |query| query["limit"] })
  end

  def test_resource_follow_logs_stops_by_items_deadline_callback_or_block
    @server.replies(logs(%w[a], "c1"))
    assert_equal %w[a a], client.deployments.follow_logs(APP_ID, max_items: 2).map(&:message)
    assert_equal %w[a a a], client.deployments.follow_logs(APP_ID, timeout: 5).map(&:message)
    taken = []
    client.deployments.follow_logs(APP_ID, stop: -> { taken.length >= 2 }).each { |l| taken << l.message }
    assert_equal %w[a a], taken
    seen = []
    client.deployments.follow_logs(APP_ID) { |line| (seen << line.message).length == 3 ? :stop : nil }
    assert_equal %w[a a a], seen
  end

  def test_follow_logs_refuses_bad_bounds_and_the_tail_s_own_parameter_before_sending
    [{ max_items: 0 }, { max_polls: "3" }, { timeout: "5" }, { stop: 5 }, { direction: "backward" }, { nope: 1 }]
      .each do |bound|
        assert_raises(AxHub::InvalidArgumentError, bound.inspect) do
          client.deployments.follow_logs(APP_ID, **bound).first
        end
      end
    assert_empty @server.received
  end
end
