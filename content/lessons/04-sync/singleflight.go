package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"
)

// The callers print in the scheduler's order.
// tour:compare unordered

func main() {
	var calls atomic.Int64

	// A slow look-up: 100ms, every time it is called.
	forecast := func(city string) (any, error) {
		calls.Add(1)
		time.Sleep(100 * time.Millisecond)
		return city + ": sunny", nil
	}

	var group singleflight.Group
	start := time.Now()
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, _, shared := group.Do("paris", func() (any, error) { return forecast("paris") })
			fmt.Printf("caller %d: %s, shared %t\n", i, v, shared)
		}()
	}
	wg.Wait()
	fmt.Printf("10 callers, %d call, %v\n", calls.Load(), time.Since(start))

	// singleflight is not a cache: once the call is over,
	// the next one runs again.
	v, _, shared := group.Do("paris", func() (any, error) { return forecast("paris") })
	fmt.Printf("later: %s, shared %t, calls %d\n", v, shared, calls.Load())
}
