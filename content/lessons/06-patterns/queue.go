package main

import (
	"fmt"
	"sync"
	"time"
)

// serve: ten requests arrive 10ms apart; each takes 27ms to handle. They
// wait in a queue (a buffered channel), or are turned away if it is full;
// slots (another buffered channel) lets at most limit be handled at once.
func serve(queueSize, limit int) {
	start := time.Now()
	queue := make(chan time.Time, queueSize) // each request: when it came
	slots := make(chan struct{}, limit)      // the semaphore
	var wg sync.WaitGroup
	var served, mostBusy int // the dispatcher's
	var longestWait time.Duration

	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			slots <- struct{}{} // take a slot: waits while all are busy
			arrived, ok := <-queue
			if !ok {
				return
			}
			served++
			longestWait = max(longestWait, time.Since(arrived))
			mostBusy = max(mostBusy, len(slots)) // slots taken
			wg.Add(1)
			go func() {
				defer wg.Done()
				defer func() { <-slots }()        // give the slot back
				time.Sleep(27 * time.Millisecond) // the work
			}()
		}
	}()

	turnedAway := 0
	for range 10 {
		time.Sleep(10 * time.Millisecond)
		select {
		case queue <- time.Now():
		default:
			turnedAway++
		}
	}
	close(queue)
	wg.Wait()

	fmt.Printf("%-7d%-7d%-7d%-7d%-7d%-7v%v\n",
		queueSize, limit, mostBusy, served, turnedAway, longestWait, time.Since(start))
}

func main() {
	fmt.Println("queue  limit  busy   served away   wait   done")
	serve(0, 1)
	serve(2, 1)
	serve(10, 1)
	serve(10, 2)
	serve(10, 3)
}
