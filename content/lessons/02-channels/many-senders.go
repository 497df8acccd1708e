package main

import (
	"fmt"
	"sync"
	"time"
)

func measure(station string, delay time.Duration, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	time.Sleep(delay) // the reading takes a while
	out <- fmt.Sprintf("%s: %d ms", station, delay/time.Millisecond)
}

func main() {
	readings := make(chan string)
	var wg sync.WaitGroup
	stations := []struct {
		name string
		ms   time.Duration
	}{
		{"north", 30},
		{"south", 10},
		{"east", 20},
	}
	for _, s := range stations {
		wg.Add(1)
		go measure(s.name, s.ms*time.Millisecond, readings, &wg)
	}

	// The closer: once every sender is done, and only then, close.
	go func() {
		wg.Wait()
		close(readings)
	}()

	for reading := range readings {
		fmt.Println(reading)
	}
	fmt.Println("every station has reported")
}
