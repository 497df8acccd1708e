package main

import (
	"fmt"
	"maps"
	"sync"
)

type counter interface {
	hit(page string)
	snapshot() map[string]int
}

// Sharing memory: the counts are in a map; a mutex guards it.
type lockedCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func (c *lockedCounter) hit(page string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[page]++
}

func (c *lockedCounter) snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return maps.Clone(c.counts)
}

// Communicating: one goroutine owns the counts, and the
// others send it messages.
type ownedCounter struct {
	hits chan string
	asks chan chan map[string]int
}

func newOwnedCounter() *ownedCounter {
	c := &ownedCounter{make(chan string), make(chan chan map[string]int)}
	go func() {
		counts := map[string]int{} // only this goroutine's
		for {
			select {
			case page := <-c.hits:
				counts[page]++
			case reply := <-c.asks:
				reply <- maps.Clone(counts)
			}
		}
	}()
	return c
}

func (c *ownedCounter) hit(page string) { c.hits <- page }

func (c *ownedCounter) snapshot() map[string]int {
	reply := make(chan map[string]int)
	c.asks <- reply
	return <-reply
}

var visits = []string{"home", "docs", "home", "blog", "home", "docs"}

func count(c counter) map[string]int {
	var wg sync.WaitGroup
	for _, page := range visits {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.hit(page)
		}()
	}
	wg.Wait()
	return c.snapshot()
}

func main() {
	fmt.Println("mutex:  ", count(&lockedCounter{counts: map[string]int{}}))
	fmt.Println("channel:", count(newOwnedCounter()))
}
