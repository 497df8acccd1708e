package crawler

import (
	"errors"
	"maps"
	"sync"
	"testing"
	"time"
)

// fakeFetcher is the Go Tour's: a few pages of golang.org, each taking
// 10ms to fetch, and it counts the fetches of every URL.
type fakeFetcher struct {
	mu      sync.Mutex
	fetches map[string]int
}

var pages = map[string][]string{
	"https://golang.org/":         {"https://golang.org/pkg/", "https://golang.org/cmd/"},
	"https://golang.org/pkg/":     {"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"},
	"https://golang.org/pkg/fmt/": {"https://golang.org/", "https://golang.org/pkg/"},
	"https://golang.org/pkg/os/":  {"https://golang.org/", "https://golang.org/pkg/"},
}

func (f *fakeFetcher) Fetch(url string) (string, []string, error) {
	f.mu.Lock()
	f.fetches[url]++
	f.mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	if urls, ok := pages[url]; ok {
		return "body of " + url, urls, nil
	}
	return "", nil, errors.New("not found: " + url)
}

func TestCrawlsEveryPageOnceInParallel(t *testing.T) {
	f := &fakeFetcher{fetches: map[string]int{}}
	start := time.Now()
	got := crawl("https://golang.org/", 4, f)
	want := map[string]string{}
	for url := range pages {
		want[url] = "body of " + url
	}
	if !maps.Equal(got, want) {
		t.Errorf("crawl found %v, want %v", got, want)
	}
	for url, n := range f.fetches {
		if n != 1 {
			t.Errorf("%s fetched %d times, want once", url, n)
		}
	}
	// Three levels of links, each level fetched at once: 30ms.
	if took := time.Since(start); took != 30*time.Millisecond {
		t.Errorf("crawl took %v, want 30ms", took)
	}
}

func TestDepthOneFetchesTheFirstPageAlone(t *testing.T) {
	f := &fakeFetcher{fetches: map[string]int{}}
	if got := crawl("https://golang.org/", 1, f); len(got) != 1 {
		t.Errorf("crawl at depth 1 found %d pages, want 1", len(got))
	}
}
