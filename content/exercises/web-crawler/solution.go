// Package crawler is the reference solution of "Web crawler", in Go.
package crawler

import "sync"

// A Fetcher fetches a page: its body, and the URLs it links to.
type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

// crawl crawls the web from url, following links up to depth pages deep
// (depth 1: url alone), fetching every URL at most once, and pages in
// parallel. It returns every page's body, by URL.
func crawl(url string, depth int, fetcher Fetcher) map[string]string {
	var mu sync.Mutex            // guards seen and found
	seen := map[string]bool{}    // URLs claimed for a fetch
	found := map[string]string{} // bodies, by URL
	var wg sync.WaitGroup

	var visit func(url string, depth int)
	visit = func(url string, depth int) {
		defer wg.Done()
		if depth <= 0 {
			return
		}
		mu.Lock()
		if seen[url] {
			mu.Unlock()
			return // someone else fetches it
		}
		seen[url] = true // claimed in the critical section of the check
		mu.Unlock()

		body, urls, err := fetcher.Fetch(url)
		if err != nil {
			return // not found
		}
		mu.Lock()
		found[url] = body
		mu.Unlock()
		for _, next := range urls {
			wg.Add(1)
			go visit(next, depth-1)
		}
	}

	wg.Add(1)
	go visit(url, depth)
	wg.Wait() // every visit, and all they started, are done
	return found
}
