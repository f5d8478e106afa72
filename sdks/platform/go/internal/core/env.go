package core

import (
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"strings"
)

// logOutput is where <PREFIX>_LOG=debug writes (a variable so tests can read it).
var logOutput io.Writer = os.Stderr

// envDefaults applies the configuration the environment gives, before the
// options of NewClient (which win): <PREFIX>_TOKEN, <PREFIX>_BASE_URL and
// <PREFIX>_LOG. It returns the base URL it took, "" for none. An unknown
// <PREFIX>_LOG value is refused.
func (c *config) envDefaults(prefix string) string {
	if prefix == "" {
		return ""
	}
	if token := os.Getenv(prefix + "_TOKEN"); token != "" {
		c.token = token
	}
	baseURL := strings.TrimRight(os.Getenv(prefix+"_BASE_URL"), "/")
	if baseURL != "" {
		c.baseURL = baseURL
	}
	switch level := strings.ToLower(strings.TrimSpace(os.Getenv(prefix + "_LOG"))); level {
	case "", "off", "info", "warn", "error":
	case "debug":
		c.logger = slog.New(slog.NewTextHandler(logOutput, &slog.HandlerOptions{Level: slog.LevelDebug}))
	default:
		c.fail("%s_LOG: %q is not one of debug, info, warn, error, off", prefix, level)
	}
	return baseURL
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
