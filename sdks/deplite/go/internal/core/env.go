package core

import (
	"cmp"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"
)

// logOutput is where <PREFIX>_LOG=debug writes (a variable so tests can read it).
var logOutput io.Writer = os.Stderr

// fromEnv is the configuration NewClient took from the environment, for the
// messages that name where a bad value came from.
type fromEnv struct {
	baseURL string
	hosts   map[string]string // by host key
}

// hostEnv is the variable that names the base URL of a host:
// <PREFIX>_<KEY>_BASE_URL.
func hostEnv(prefix, key string) string {
	return prefix + "_" + strings.ToUpper(key) + "_BASE_URL"
}

// envDefaults applies the configuration the environment gives, before the
// options of NewClient (which win): <PREFIX>_TOKEN, <PREFIX>_BASE_URL,
// <PREFIX>_<HOST>_BASE_URL for each host, <PREFIX>_SIGNING_KEY_ID with
// <PREFIX>_SIGNING_SECRET (when the API signs requests) and <PREFIX>_LOG.
// An unknown <PREFIX>_LOG value, and one of the signing variables without
// the other, are refused.
func (c *config) envDefaults(info Info) fromEnv {
	prefix := info.EnvPrefix
	found := fromEnv{hosts: map[string]string{}}
	if prefix == "" {
		return found
	}
	if token := os.Getenv(prefix + "_TOKEN"); token != "" {
		c.token = token
	}
	found.baseURL = strings.TrimRight(os.Getenv(prefix+"_BASE_URL"), "/")
	if found.baseURL != "" {
		c.baseURL = found.baseURL
	}
	for _, h := range info.Hosts {
		if value := strings.TrimRight(os.Getenv(hostEnv(prefix, h.Key)), "/"); value != "" {
			c.hostURLs[h.Key] = value
			found.hosts[h.Key] = value
		}
	}
	if info.Tenant != nil && info.Tenant.Env != "" {
		if tenantID := os.Getenv(info.Tenant.Env); tenantID != "" {
			c.tenantID = tenantID
		}
	}
	if info.Signed {
		keyID, secret := os.Getenv(prefix+"_SIGNING_KEY_ID"), os.Getenv(prefix+"_SIGNING_SECRET")
		if (keyID == "") != (secret == "") {
			c.fail("%s_SIGNING_KEY_ID and %s_SIGNING_SECRET: set both or neither", prefix, prefix)
		} else {
			c.signingKeyID, c.signingSecret = keyID, secret
		}
	}
	switch level := strings.ToLower(strings.TrimSpace(os.Getenv(prefix + "_LOG"))); level {
	case "", "off", "info", "warn", "error":
	case "debug":
		c.logger = slog.New(slog.NewTextHandler(logOutput, &slog.HandlerOptions{Level: slog.LevelDebug}))
	default:
		c.fail("%s_LOG: %q is not one of debug, info, warn, error, off", prefix, level)
	}
	return found
}

// hostURLError explains why the base URL of a host cannot be used; nil when
// it is an absolute http(s) URL with a host.
func hostURLError(h Host, baseURL string, env fromEnv, prefix string) *InvalidArgumentError {
	where := "pass " + cmp.Or(h.Option, "WithHostBaseURL")
	if value := env.hosts[h.Key]; value != "" && value == baseURL {
		where = "from " + hostEnv(prefix, h.Key)
	}
	if baseURL == "" {
		return &InvalidArgumentError{Message: fmt.Sprintf("the base URL of host %s is required: %s", h.Key, where)}
	}
	if !absoluteHTTP(baseURL) {
		return &InvalidArgumentError{Message: fmt.Sprintf("the base URL %q of host %s is not an absolute http(s) URL (%s)", baseURL, h.Key, where)}
	}
	return nil
}

// baseURLError explains why the client's base URL cannot be used, naming
// where it came from; nil when it is an absolute http(s) URL with a host.
func baseURLError(baseURL, fromEnv, prefix string) *InvalidArgumentError {
	where := "pass WithBaseURL"
	if fromEnv != "" && baseURL == fromEnv {
		where = "from " + prefix + "_BASE_URL"
	}
	if baseURL == "" {
		return &InvalidArgumentError{Message: "a base URL is required: pass WithBaseURL"}
	}
	if !absoluteHTTP(baseURL) {
		return &InvalidArgumentError{Message: fmt.Sprintf("the base URL %q is not an absolute http(s) URL (%s)", baseURL, where)}
	}
	return nil
}

func absoluteHTTP(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
