package orchannel

import (
	"runtime"
	"testing"
	"time"
)

func closeAfter(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	time.AfterFunc(d, func() { close(c) })
	return c
}

func TestClosesWithTheFirst(t *testing.T) {
	for n := 1; n <= 7; n++ {
		start := time.Now()
		channels := make([]<-chan struct{}, n)
		for i := range channels {
			channels[i] = closeAfter(time.Duration(10*(n-i)) * time.Millisecond)
		}
		<-or(channels...)
		if took := time.Since(start); took != 10*time.Millisecond {
			t.Errorf("or of %d channels closed after %v, want 10ms", n, took)
		}
	}
}

func TestStaysOpenWhileNoneIsClosed(t *testing.T) {
	select {
	case <-or(make(chan struct{}), make(chan struct{}), make(chan struct{}), make(chan struct{})):
		t.Error("or closed with no channel closed")
	case <-time.After(time.Minute): // (go test stops a test after ten minutes, virtual ones here)
	}
	if or() != nil {
		t.Error("or() is not nil")
	}
}

func TestLeavesNoGoroutineBehind(t *testing.T) {
	before := runtime.NumGoroutine()
	channels := make([]<-chan struct{}, 9)
	for i := range channels {
		channels[i] = closeAfter(time.Duration(i+1) * time.Millisecond)
	}
	<-or(channels...)
	time.Sleep(20 * time.Millisecond)
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("or left %d goroutines running", after-before)
	}
}
