package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// The stopped replicas report in the scheduler's order.
// tour:compare unordered

// A Replica answers, or gives up with false when done closes.
type Replica func(done <-chan struct{}) (string, bool)

// firstOf asks every replica at once; the first answer wins, and the
// others are stopped and waited for before it is returned.
func firstOf(replicas []Replica) string {
	done := make(chan struct{})
	answers := make(chan string)
	var wg sync.WaitGroup
	for _, replica := range replicas {
		wg.Add(1)
		go func() {
			defer wg.Done()
			answer, ok := replica(done)
			if !ok {
				return // stopped
			}
			select {
			case answers <- answer:
			case <-done:
			}
		}()
	}
	first := <-answers
	close(done) // stop the others
	wg.Wait()   // and make sure they have
	return first
}

// replica is a replica that needs ms milliseconds today.
func replica(name string, ms int) Replica {
	return func(done <-chan struct{}) (string, bool) {
		start := time.Now()
		select {
		case <-time.After(time.Duration(ms) * time.Millisecond):
			return fmt.Sprintf("%s answered after %v", name, time.Since(start)), true
		case <-done:
			fmt.Printf("%s: stopped after %v\n", name, time.Since(start))
			return "", false
		}
	}
}

func main() {
	replicas := []Replica{
		replica("eu-1", 230),
		replica("eu-2", 120),
		replica("us-1", 310),
		replica("us-2", 95),
		replica("asia", 180),
	}
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	fmt.Println(firstOf(replicas))
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
