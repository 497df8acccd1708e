package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

type request struct {
	name  string
	delta int
	reply chan<- int
}

// Counters live inside one goroutine; everyone else asks it.
type Counters struct {
	requests chan request
	done     <-chan struct{}
}

func NewCounters(done <-chan struct{}) *Counters {
	c := &Counters{requests: make(chan request), done: done}
	go func() {
		counts := map[string]int{} // only this goroutine's
		for {
			select {
			case req := <-c.requests:
				counts[req.name] += req.delta
				req.reply <- counts[req.name] // room for one: never waits
			case <-done:
				return
			}
		}
	}()
	return c
}

// Add adds delta to the named counter and returns its new value.
func (c *Counters) Add(name string, delta int) (int, error) {
	reply := make(chan int, 1)
	select {
	case c.requests <- request{name, delta, reply}:
		return <-reply, nil
	case <-c.done:
		return 0, errors.New("counters: stopped")
	}
}

func main() {
	fmt.Println("goroutines before:", runtime.NumGoroutine())
	done := make(chan struct{})
	visits := NewCounters(done)

	// 50 visitors, each looking at the home page 20 times.
	var wg sync.WaitGroup
	for range 50 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				visits.Add("home", 1)
			}
		}()
	}
	wg.Wait()
	n, _ := visits.Add("home", 0)
	fmt.Println("home page visits:", n)

	close(done)
	time.Sleep(time.Millisecond)
	fmt.Println("goroutines after:", runtime.NumGoroutine())
}
